using EnvoyGateway.Dsl.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;

namespace EnvoyGateway.Dsl.Analyzers.Tests.Rules.Sets;

/// <summary>
/// The reference rules while you type (SetReferenceAnalyzer): each finding at the reference's value, with the
/// build's message, and silent wherever the project may not show the whole picture.
/// </summary>
public sealed class EditTimeReferenceTests
{
    private const string Release = "1.9";

    private const string Gateway = """
        new Gateway("eg")
        {
            Metadata = { Namespace = "shop" },
            Spec = { GatewayClassName = "eg", Listeners = { new() { Name = "http", Port = 80, Protocol = "HTTP" } } },
        }
        """;

    private static string Route(string name = "api", string parent = "\"eg\"", string labels = """["app"] = "api" """) => $$"""
        new HTTPRoute("{{name}}")
        {
            Metadata = { Namespace = "shop", Labels = { {{labels}} } },
            Spec = { ParentRefs = { new() { Name = {{parent}} } }, Rules = { new() { Name = "read", BackendRefs = { new() { Name = "api", Port = 8080 } } } } },
        }
        """;

    private static string Policy(string target) => $$"""
        new BackendTrafficPolicy("limits")
        {
            Metadata = { Namespace = "shop" },
            Spec = { TargetRefs = { new() { Group = "gateway.networking.k8s.io", {{target}} } } },
        }
        """;

    private static string InSet(params string[] objects) => $$"""
        using EnvoyGateway.Dsl;
        using EnvoyGateway.Dsl.Gateway.V1Alpha1;
        using EnvoyGateway.Dsl.GatewayApi;

        public static class Edge
        {
            public static ManifestSet Set { get; } =
            [
                {{string.Join(",\n", objects)}},
            ];
        }
        """;

    private static DiagnosticResult Expect(string id, int location, string message)
        => AnalyzerTest.Diagnostic(id).WithLocation(location).WithMessage(message);

    [Fact]
    public Task Missing_target_is_reported_at_its_name()
        => AnalyzerTest.VerifyForAsync(
            Release,
            InSet(Gateway, Route(), Policy("""Kind = "HTTPRoute", Name = {|#0:"checkout"|}""")),
            Expect("EG4003", 0, "BackendTrafficPolicy 'shop/limits' targets HTTPRoute 'shop/checkout', which the set does not declare, though it declares other HTTPRoute objects in namespace 'shop'; Envoy Gateway sets no status for a missing target, so the policy silently does nothing: fix the name or declare the HTTPRoute (at spec.targetRefs[0].name)"));

    [Fact]
    public Task Declared_target_is_silent()
        => AnalyzerTest.VerifyForAsync(Release, InSet(Gateway, Route(), Policy("""Kind = "HTTPRoute", Name = "api" """)));

    [Fact]
    public Task Partial_set_without_objects_of_that_kind_in_that_namespace_is_silent()
        => AnalyzerTest.VerifyForAsync(Release, InSet(Gateway, Policy("""Kind = "HTTPRoute", Name = "checkout" """)));

    [Fact]
    public Task Missing_section_is_reported_at_the_section_name()
        => AnalyzerTest.VerifyForAsync(
            Release,
            InSet(Gateway, Route(), Policy("""Kind = "Gateway", Name = "eg", SectionName = {|#0:"https"|}""")),
            Expect("EG4004", 0, "BackendTrafficPolicy 'shop/limits' targets section 'https' of Gateway 'shop/eg', which has no listener named 'https' (it has listeners 'http'); the policy attaches to nothing: fix the sectionName (at spec.targetRefs[0].sectionName)"));

    [Fact]
    public Task Selector_that_matches_nothing_is_reported_at_the_selector()
        => AnalyzerTest.VerifyForAsync(
            Release,
            InSet(Gateway, Route(), """
                new BackendTrafficPolicy("limits")
                {
                    Metadata = { Namespace = "shop" },
                    Spec = { TargetSelectors = { {|#0:new()|} { Kind = "HTTPRoute", MatchLabels = { ["app"] = "web" } } } },
                }
                """),
            Expect("EG4005", 0, "BackendTrafficPolicy 'shop/limits' selects HTTPRoute objects by labels (app=web), but no HTTPRoute declared in namespace 'shop' matches; the policy attaches to nothing through this selector (at spec.targetSelectors[0])"));

    [Fact]
    public Task Selector_is_silent_when_a_candidate_has_labels_the_analyzer_cannot_know()
        => AnalyzerTest.VerifyForAsync(
            Release,
            InSet(Gateway, Route(labels: """["app"] = Environment.MachineName"""), """
                new BackendTrafficPolicy("limits")
                {
                    Metadata = { Namespace = "shop" },
                    Spec = { TargetSelectors = { new() { Kind = "HTTPRoute", MatchLabels = { ["app"] = "web" } } } },
                }
                """).Replace("using EnvoyGateway.Dsl;", "using System;\nusing EnvoyGateway.Dsl;", StringComparison.Ordinal));

    [Fact]
    public Task Missing_parent_is_reported_at_the_route_parent_name()
        => AnalyzerTest.VerifyForAsync(
            Release,
            InSet(Gateway, Route(parent: """{|#0:"edge"|}""")),
            Expect("EG4006", 0, "HTTPRoute 'shop/api' attaches to Gateway 'shop/edge', which the set does not declare, though it declares other Gateways in namespace 'shop'; the route is not attached there (Accepted=False): fix the parentRef (at spec.parentRefs[0].name)"));

    [Fact]
    public Task Listener_that_does_not_admit_the_route_is_reported_at_the_parent()
        => AnalyzerTest.VerifyForAsync(
            Release,
            InSet(
                """
                new Gateway("eg")
                {
                    Metadata = { Namespace = "shop" },
                    Spec = { GatewayClassName = "eg", Listeners = { new() { Name = "tcp", Port = 9000, Protocol = "TCP" } } },
                }
                """,
                """
                new HTTPRoute("api")
                {
                    Metadata = { Namespace = "shop" },
                    Spec = { ParentRefs = { {|#0:new()|} { Name = "eg" } } },
                }
                """),
            Expect("EG4007", 0, "HTTPRoute 'shop/api' attaches to Gateway 'shop/eg', but no listener there admits it: listener 'tcp' admits TCPRoute only; the route is not attached (NotAllowedByListeners): change the listener's allowedRoutes or the parentRef (at spec.parentRefs[0])"));

    [Fact]
    public Task Missing_backend_is_reported_at_its_name()
        => AnalyzerTest.VerifyForAsync(
            Release,
            InSet(
                """new Backend("api-backend") { Metadata = { Namespace = "shop" } }""",
                """
                new HTTPRoute("api")
                {
                    Metadata = { Namespace = "shop" },
                    Spec = { Rules = { new() { BackendRefs = { new() { Group = "gateway.envoyproxy.io", Kind = "Backend", Name = {|#0:"api-backend2"|} } } } } },
                }
                """),
            Expect("EG4008", 0, "HTTPRoute 'shop/api' sends traffic to Backend 'shop/api-backend2', which the set does not declare, though it declares other Backend objects in namespace 'shop'; requests to this backend fail (ResolvedRefs=False, BackendNotFound): fix the name or declare the Backend (at spec.rules[0].backendRefs[0].name)"));

    private const string CrossNamespaceRoute = """
        new HTTPRoute("api")
        {
            Metadata = { Namespace = "shop" },
            Spec = { Rules = { new() { BackendRefs = { new() { Name = "pay", Namespace = {|#0:"payments"|}, Port = 80 } } } } },
        }
        """;

    private const string PaymentsRoute = """new HTTPRoute("pay") { Metadata = { Namespace = "payments" } }""";

    [Fact]
    public Task Cross_namespace_backend_without_a_grant_is_reported_at_its_namespace()
        => AnalyzerTest.VerifyForAsync(
            Release,
            InSet(PaymentsRoute, CrossNamespaceRoute),
            Expect("EG4009", 0, "HTTPRoute 'shop/api' refers to Service 'pay' in namespace 'payments', but no ReferenceGrant in 'payments' permits references from HTTPRoute in 'shop'; the reference is refused (ResolvedRefs=False, RefNotPermitted): add a ReferenceGrant to namespace 'payments' (at spec.rules[0].backendRefs[0].namespace)"));

    [Fact]
    public Task Cross_namespace_backend_with_a_grant_is_silent()
        => AnalyzerTest.VerifyForAsync(
            Release,
            InSet(PaymentsRoute, CrossNamespaceRoute.Replace("{|#0:\"payments\"|}", "\"payments\"", StringComparison.Ordinal), """
                new ReferenceGrant("from-shop")
                {
                    Metadata = { Namespace = "payments" },
                    Spec = { From = { new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Namespace = "shop" } }, To = { new() { Group = "", Kind = "Service" } } },
                }
                """));

    [Fact]
    public Task A_grant_the_analyzer_cannot_read_silences_the_rule_in_its_namespace()
        => AnalyzerTest.VerifyForAsync(
            Release,
            InSet(PaymentsRoute, CrossNamespaceRoute.Replace("{|#0:\"payments\"|}", "\"payments\"", StringComparison.Ordinal), """
                new ReferenceGrant("from-shop")
                {
                    Metadata = { Namespace = "payments" },
                    Spec = { From = { new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Namespace = Edge.Shop } }, To = { new() { Group = "", Kind = "Service" } } },
                }
                """).Replace("public static class Edge\n{", "public static class Edge\n{\n    public static string Shop => \"shop\";", StringComparison.Ordinal));

    [Fact]
    public Task A_kind_declared_with_a_name_that_is_not_a_constant_takes_no_part_in_not_found()
        => AnalyzerTest.VerifyForAsync(
            Release,
            InSet(Gateway, Route(), Route(name: "{Edge.Name}"), Policy("""Kind = "HTTPRoute", Name = "checkout" """))
                .Replace("new HTTPRoute(\"{Edge.Name}\")", "new HTTPRoute(Edge.Name)", StringComparison.Ordinal)
                .Replace("public static class Edge\n{", "public static class Edge\n{\n    public static string Name => \"checkout\";", StringComparison.Ordinal));

    [Fact]
    public Task A_project_that_reads_yaml_gets_no_reference_findings()
        => AnalyzerTest.VerifyForAsync(
            Release,
            InSet(Gateway, Route(), Policy("""Kind = "HTTPRoute", Name = "checkout" """))
                .Replace("public static class Edge\n{", "public static class Edge\n{\n    public static ManifestSet Routes => ManifestSet.ParseFile(\"routes.yaml\");", StringComparison.Ordinal));

    [Fact]
    public Task A_non_constant_target_name_is_silent()
        => AnalyzerTest.VerifyForAsync(
            Release,
            InSet(Gateway, Route(), Policy("""Kind = "HTTPRoute", Name = Edge.Target """))
                .Replace("public static class Edge\n{", "public static class Edge\n{\n    public static string Target => \"checkout\";", StringComparison.Ordinal));

    [Fact]
    public Task A_kind_created_through_a_using_alias_is_declared()
        => AnalyzerTest.VerifyForAsync(
            Release,
            InSet(Gateway.Replace("new Gateway(", "new GatewayObject(", StringComparison.Ordinal), Route())
                .Replace("using EnvoyGateway.Dsl;", "using EnvoyGateway.Dsl;\nusing GatewayObject = EnvoyGateway.Dsl.GatewayApi.Gateway;", StringComparison.Ordinal));

    [Fact]
    public async Task A_project_that_references_another_library_built_on_the_dsl_gets_no_reference_findings()
    {
        // The team's shared routes live in a class library: its objects can be in the sets, not in this compilation.
        var library = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create(
            "SharedRoutes",
            [Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("""
                using EnvoyGateway.Dsl.GatewayApi;

                public static class SharedRoutes
                {
                    public static HTTPRoute Checkout { get; } = new("checkout") { Metadata = { Namespace = "shop" } };
                }
                """)],
            References.All,
            new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(Microsoft.CodeAnalysis.OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        Assert.True(library.Emit(image).Success);

        var test = new AnalyzerTest(InSet(Gateway, Route(), Policy("""Kind = "HTTPRoute", Name = "checkout" """)), Release);
        test.TestState.AdditionalReferences.Add(Microsoft.CodeAnalysis.MetadataReference.CreateFromImage(image.ToArray()));
        await test.RunAsync();

        // Without the library the same project reports the policy.
        var alone = new AnalyzerTest(InSet(Gateway, Route(), Policy("""Kind = "HTTPRoute", Name = {|#0:"checkout"|}""")), Release);
        alone.ExpectedDiagnostics.Add(Expect("EG4003", 0, "BackendTrafficPolicy 'shop/limits' targets HTTPRoute 'shop/checkout', which the set does not declare, though it declares other HTTPRoute objects in namespace 'shop'; Envoy Gateway sets no status for a missing target, so the policy silently does nothing: fix the name or declare the HTTPRoute (at spec.targetRefs[0].name)"));
        await alone.RunAsync();
    }
}
