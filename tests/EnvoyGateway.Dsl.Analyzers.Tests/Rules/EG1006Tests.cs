using EnvoyGateway.Dsl.Analyzers.Tests.Infrastructure;

namespace EnvoyGateway.Dsl.Analyzers.Tests.Rules;

public sealed class EG1006Tests
{
    [Fact]
    public Task Property_added_later_is_reported_with_the_release_that_added_it()
        => AnalyzerTest.VerifyForAsync(
            "0.6",
            Policy.Returned(Policy.Valid("""{|#0:Timeout|} = new() { Tcp = new() { ConnectTimeout = "10s" } },""")),
            AnalyzerTest.Diagnostic("EG1006").WithLocation(0)
                .WithMessage("Timeout is not available in Envoy Gateway 0.6; it was added in 1.0 (at BackendTrafficPolicySpec.Timeout)"));
}
