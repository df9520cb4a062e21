using EnvoyGateway.Dsl.Analyzers.Tests.Infrastructure;

namespace EnvoyGateway.Dsl.Analyzers.Tests.Rules.Sets;

/// <summary>
/// A project as teams lay it out, one file per concern, routes made by a helper: renaming a route in Routes.cs
/// makes the policy that still names it, in Policies.cs, red in the editor, without building and without
/// full-solution analysis.
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

            public static HTTPRoute Checkout { get; } = Route("{{checkoutName}}", "checkout");

            // The team's helper: every route attached to the edge Gateway, one backend.
            private static HTTPRoute Route(string name, string service) => new(name)
            {
                Metadata = { Namespace = Namespace },
                Spec = { ParentRefs = { new() { Name = "eg" } }, Rules = { new() { BackendRefs = { new() { Name = service, Port = 8080 } } } } },
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

    private static AnalyzerTest Project(string checkoutName, string? routes = null)
    {
        var test = new AnalyzerTest(Policies, "1.9");
        test.TestState.Sources.Add(("Gateways.cs", Gateways));
        test.TestState.Sources.Add(("Routes.cs", routes ?? Routes(checkoutName)));
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

    [Fact]
    public Task A_helper_called_with_computed_arguments_keeps_its_kind_open()
    {
        // Route is also called with values the analyzer cannot know: the routes it makes cannot all be known, so nothing is "not found".
        var routes = Routes("checkout-v2").Replace(
            "public static HTTPRoute Api { get; }",
            "public static System.Collections.Generic.IEnumerable<HTTPRoute> More => new[] { (\"a\", \"b\") }.Select(pair => Route(pair.Item1, pair.Item2));\n\n    public static HTTPRoute Api { get; }",
            StringComparison.Ordinal).Replace("using EnvoyGateway.Dsl.GatewayApi;", "using System.Linq;\nusing EnvoyGateway.Dsl.GatewayApi;", StringComparison.Ordinal);
        return Project("checkout-v2", routes).RunAsync();
    }

    [Fact]
    public async Task Two_policies_on_one_route_conflict_though_the_routes_are_declared_in_another_file()
    {
        const string SecondPolicy = """

                    {|#1:new BackendTrafficPolicy("checkout-retries")|}
                    {
                        Metadata = { Namespace = Routes.Namespace },
                        Spec = { TargetRefs = { new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "checkout" } } },
                    },
                ];
            """;
        var policies = Policies.Replace("{|#0:\"checkout\"|}", "\"checkout\"", StringComparison.Ordinal).Replace("\n    ];", SecondPolicy, StringComparison.Ordinal).Replace("new BackendTrafficPolicy(\"checkout-timeouts\")", "{|#0:new BackendTrafficPolicy(\"checkout-timeouts\")|}", StringComparison.Ordinal);
        var test = new AnalyzerTest(policies, "1.9");
        test.TestState.Sources.Add(("Gateways.cs", Gateways));
        test.TestState.Sources.Add(("Routes.cs", Routes("checkout")));
        test.ExpectedDiagnostics.Add(AnalyzerTest.Diagnostic("EG4010").WithLocation(0).WithMessage(
            "BackendTrafficPolicy 'shop/checkout-timeouts' targets HTTPRoute 'shop/checkout' like BackendTrafficPolicy 'shop/checkout-retries' (at position 5), which comes later in the set; created in set order, BackendTrafficPolicy 'shop/checkout-timeouts' is the older and wins, and BackendTrafficPolicy 'shop/checkout-retries' is marked Conflicted and ignored: merge the two policies into one (at spec.targetRefs[0])"));
        test.ExpectedDiagnostics.Add(AnalyzerTest.Diagnostic("EG4001").WithLocation(1).WithMessage(
            "BackendTrafficPolicy 'shop/checkout-retries' targets HTTPRoute 'shop/checkout' like BackendTrafficPolicy 'shop/checkout-timeouts' (at position 4), which comes earlier in the set; Envoy Gateway keeps the older policy (BackendTrafficPolicy 'shop/checkout-timeouts') and marks BackendTrafficPolicy 'shop/checkout-retries' Conflicted: merge the two policies into one (at spec.targetRefs[0])"));
        await test.RunAsync();
    }
}
