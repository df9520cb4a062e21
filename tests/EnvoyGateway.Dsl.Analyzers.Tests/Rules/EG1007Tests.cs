using EnvoyGateway.Dsl.Analyzers.Tests.Infrastructure;

namespace EnvoyGateway.Dsl.Analyzers.Tests.Rules;

public sealed class EG1007Tests
{
    [Fact]
    public Task TargetRef_is_deprecated_from_1_1()
        => AnalyzerTest.VerifyForAsync(
            "1.9",
            Policy.Returned(Policy.Valid()).Replace("TargetRef = new()", "{|#0:TargetRef|} = new()", StringComparison.Ordinal),
            AnalyzerTest.Diagnostic("EG1007").WithLocation(0)
                .WithMessage("TargetRef is deprecated in Envoy Gateway 1.9: use TargetRefs instead (deprecated since 1.1) (at BackendTrafficPolicySpec.TargetRef)"));

    [Fact]
    public Task TargetRef_is_fine_in_1_0()
        => AnalyzerTest.VerifyForAsync("1.0", Policy.Returned(Policy.Valid()));
}
