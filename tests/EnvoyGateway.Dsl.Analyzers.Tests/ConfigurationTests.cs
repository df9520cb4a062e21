using EnvoyGateway.Dsl.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace EnvoyGateway.Dsl.Analyzers.Tests;

/// <summary>Users control the rules like any analyzer's: .editorconfig severities and #pragma.</summary>
public sealed class ConfigurationTests
{
    private static readonly string WrongUnit = Policy.Returned(Policy.Valid(Policy.RateLimitRule("""Limit = new() { Requests = 10, Unit = {|#0:"Minutes"|} }""")));

    [Fact]
    public Task Editorconfig_changes_the_severity()
    {
        var test = new AnalyzerTest(WrongUnit);
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.EG1001.severity = warning\n"));
        test.ExpectedDiagnostics.Add(AnalyzerTest.Diagnostic("EG1001").WithLocation(0).WithSeverity(DiagnosticSeverity.Warning).WithArguments(Arguments()));
        return test.RunAsync();
    }

    [Fact]
    public Task Editorconfig_turns_a_rule_off()
    {
        var test = new AnalyzerTest(WrongUnit.Replace("{|#0:", "", StringComparison.Ordinal).Replace("|}", "", StringComparison.Ordinal));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.EG1001.severity = none\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task Pragma_suppresses_the_diagnostic()
        => AnalyzerTest.VerifyAsync(Policy.Returned(Policy.Valid(Policy.RateLimitRule("""
            Limit = new()
            {
                Requests = 10,
            #pragma warning disable EG1001 // the unit comes from a legacy system
                Unit = "Minutes",
            #pragma warning restore EG1001
            }
            """))));

    private static object[] Arguments() => ["spec.rateLimit.global.rules[0].limit.unit", "Minutes", "unit", "Second, Minute, Hour, Day", " (did you mean 'Minute'?)"];
}
