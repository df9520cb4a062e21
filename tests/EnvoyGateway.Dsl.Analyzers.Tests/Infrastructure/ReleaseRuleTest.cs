using EnvoyGateway.Dsl.Rules;
using Microsoft.CodeAnalysis.Testing;

namespace EnvoyGateway.Dsl.Analyzers.Tests.Infrastructure;

/// <summary>
/// Runs the analyzers with a release selected and checks only the release rules (EG1006, EG1007): the
/// schema walk's rules are still those of v0.6 (it requires TargetRef and knows v0.6's closed sets) until
/// it learns the releases, so their findings on newer-shaped policies are not this rule's to assert.
/// </summary>
internal static class ReleaseRuleTest
{
    public static Task VerifyAsync(string release, string source, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest(source, release);
        test.DisabledDiagnostics.AddRange(RuleCatalog.All.Select(rule => rule.Id).Where(id => id is not ("EG1006" or "EG1007")));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
