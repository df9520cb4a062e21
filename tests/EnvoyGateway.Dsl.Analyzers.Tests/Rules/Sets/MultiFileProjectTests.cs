using EnvoyGateway.Dsl.Analyzers.Tests.Infrastructure;

namespace EnvoyGateway.Dsl.Analyzers.Tests.Rules.Sets;

/// <summary>
/// A project as teams lay it out, one file per concern: renaming a route in Routes.cs makes the policy that
/// still names it, in Policies.cs, red in the editor, without building and without full-solution analysis.
/// </summary>
public sealed class MultiFileProjectTests
{
    private const string Gateways = """
        using EnvoyGateway.Dsl.GatewayApi;

        public static class Gateways
        {
            public static Gateway Edge { get; } = new("eg")
            {
                Metadata = { Namespace = "shop" },
                Spec = { GatewayClassName = "eg", Listeners = { new() { Name = "http", Port = 80, Protocol = "HTTP" } } },
            };
        }
        """;

    private static string Routes(string checkoutName) => $$"""
        using EnvoyGateway.Dsl.GatewayApi;

        public static class Routes
        {
            public const string Namespace = "shop";

            public static HTTPRoute Api { get; } = new("api") { Metadata = { Namespace = Namespace } };

            public static HTTPRoute Checkout { get; } = new("{{checkoutName}}")
            {
                Metadata = { Namespace = Namespace },
                Spec = { ParentRefs = { new() { Name = "eg" } }, Rules = { new() { BackendRefs = { new() { Name = "checkout", Port = 8080 } } } } },
            };
        }
        """;

    private const string Policies = """
        using EnvoyGateway.Dsl;
        using EnvoyGateway.Dsl.Gateway.V1Alpha1;

        public static class Environments
        {
            public static ManifestSet Production { get; } =
            [
                Gateways.Edge,
                Routes.Api,
                Routes.Checkout,
                new BackendTrafficPolicy("checkout-timeouts")
                {
                    Metadata = { Namespace = Routes.Namespace },
                    Spec =
                    {
                        TargetRefs = { new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = {|#0:"checkout"|} } },
                        Timeout = new() { Http = new() { RequestTimeout = "5s" } },
                    },
                },
            ];
        }
        """;

    private static AnalyzerTest Project(string checkoutName)
    {
        var test = new AnalyzerTest(Policies, "1.9");
        test.TestState.Sources.Add(("Gateways.cs", Gateways));
        test.TestState.Sources.Add(("Routes.cs", Routes(checkoutName)));
        return test;
    }

    [Fact]
    public async Task Renaming_a_route_in_one_file_reports_the_stale_policy_in_another()
    {
        await Project("checkout").RunAsync();

        var renamed = Project("checkout-v2");
        renamed.ExpectedDiagnostics.Add(AnalyzerTest.Diagnostic("EG4003").WithLocation(0).WithMessage(
            "BackendTrafficPolicy 'shop/checkout-timeouts' targets HTTPRoute 'shop/checkout', which the set does not declare, though it declares other HTTPRoute objects in namespace 'shop'; Envoy Gateway sets no status for a missing target, so the policy silently does nothing: fix the name or declare the HTTPRoute (at spec.targetRefs[0].name)"));
        await renamed.RunAsync();
    }
}
