using EnvoyGateway.Dsl.Analyzers.Tests.Infrastructure;

namespace EnvoyGateway.Dsl.Analyzers.Tests.Rules;

public sealed class EG1006SymbolTests
{
    private static string Spec(string members) => Policy.InClass($$"""
        public static BackendTrafficPolicy Api => new("api")
        {
            Metadata = { Namespace = "shop" },
            Spec =
            {
                {{members}}
            },
        };
        """);

    [Fact]
    public Task A_property_added_later_is_reported_once_naming_the_release_that_added_it()
        => ReleaseRuleTest.VerifyAsync("0.6",
            Spec("""
                TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "api" },
                {|#0:Timeout|} = new() { Http = new() { RequestTimeout = "5s" } },
                """),
            AnalyzerTest.Diagnostic("EG1006").WithLocation(0)
                .WithMessage("Timeout is not available in Envoy Gateway 0.6; it was added in 1.0 (at BackendTrafficPolicySpec.Timeout)"));

    [Fact]
    public Task The_same_property_is_clean_in_a_release_that_has_it()
        => ReleaseRuleTest.VerifyAsync("1.9", Spec("""
            TargetRefs = { new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "api" } },
            Timeout = new() { Http = new() { RequestTimeout = "5s" } },
            """));

    [Fact]
    public Task A_member_inside_an_available_part_names_its_own_release()
        => ReleaseRuleTest.VerifyAsync("1.0",
            Spec("""
                TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "api" },
                Timeout = new() { Http = new() { {|#0:RequestTimeout|} = "5s" } },
                """),
            AnalyzerTest.Diagnostic("EG1006").WithLocation(0)
                .WithMessage("RequestTimeout is not available in Envoy Gateway 1.0; it was added in 1.2 (at HTTPTimeout.RequestTimeout)"));

    /// <summary>A closed-set constant is a value: the schema walk reports it where it is assigned, as it does a plain "Week".</summary>
    [Fact]
    public Task A_closed_set_constant_added_later_is_reported_on_the_value()
        => ReleaseRuleTest.VerifyAsync("1.8",
            Spec("""
                TargetRefs = { new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "api" } },
                RateLimit = new()
                {
                    Global = new() { Rules = { new() { Limit = new() { Requests = 10, Unit = {|#0:RateLimitUnit.Week|} } } } },
                },
                """),
            AnalyzerTest.Diagnostic("EG1006").WithLocation(0)
                .WithMessage("'Week' for Unit is not available in Envoy Gateway 1.8; it was added in 1.9 (at spec.rateLimit.global.rules[0].limit.unit)"));

    [Fact]
    public Task A_kind_removed_earlier_names_the_release_that_removed_it()
        => ReleaseRuleTest.VerifyAsync("1.9",
            """
            using EnvoyGateway.Dsl.GatewayApi;

            public static class Policies
            {
                public static object Lb => new {|#0:BackendLBPolicy|}("lb");
            }
            """,
            AnalyzerTest.Diagnostic("EG1006").WithLocation(0)
                .WithMessage("BackendLBPolicy is not available in Envoy Gateway 1.9; it was removed in 1.4 (at BackendLBPolicy)"));

    [Fact]
    public Task The_default_release_is_the_newest()
    {
        var test = new AnalyzerTest(Spec("""
            TargetRefs = { new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "api" } },
            RateLimit = new()
            {
                Global = new() { Rules = { new() { Limit = new() { Requests = 10, Unit = RateLimitUnit.Week } } } },
            },
            """));
        test.TestState.AnalyzerConfigFiles.Clear();
        test.DisabledDiagnostics.AddRange(EnvoyGateway.Dsl.Rules.RuleCatalog.All.Select(rule => rule.Id).Where(id => id is not ("EG1006" or "EG1007")));
        return test.RunAsync();
    }

    [Fact]
    public Task An_unsupported_release_leaves_the_error_to_the_build()
        => ReleaseRuleTest.VerifyAsync("2.0", Spec("""
            TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "api" },
            Timeout = new() { Http = new() { RequestTimeout = "5s" } },
            """));
}
