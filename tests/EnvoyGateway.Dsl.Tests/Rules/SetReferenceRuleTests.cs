using EnvoyGateway.Dsl.Gateway.V1Alpha1;
using EnvoyGateway.Dsl.GatewayApi;
using GatewayObject = EnvoyGateway.Dsl.GatewayApi.Gateway;

namespace EnvoyGateway.Dsl.Tests.Rules;

/// <summary>
/// The reference rules of a set (EG4003–EG4011), built in C#, each with both sides of the partial-set rule:
/// "not found" only where the set declares objects of that kind in that namespace.
/// </summary>
public class SetReferenceRuleTests
{
    private const string GatewayGroup = "gateway.networking.k8s.io";

    private static GatewayObject Gateway(string name = "eg", string ns = "shop", params Listener[] listeners)
    {
        var gateway = new GatewayObject(name) { Metadata = { Namespace = ns }, Spec = { GatewayClassName = "eg" } };
        gateway.Spec.Listeners.AddRange(listeners.Length > 0 ? listeners : [new Listener { Name = "http", Port = 80, Protocol = "HTTP" }]);
        return gateway;
    }

    private static HTTPRoute Route(string name = "api", string ns = "shop", string gateway = "eg", string? ruleName = null)
        => new(name)
        {
            Metadata = { Namespace = ns, Labels = { ["app"] = name } },
            Spec =
            {
                ParentRefs = { new() { Name = gateway, Namespace = ns == "shop" ? null : "shop" } },
                Rules = { new() { Name = ruleName } },
            },
        };

    private static SecurityPolicy Policy(string name, string kind, string target, string? section = null)
        => new(name) { Metadata = { Namespace = "shop" }, Spec = { TargetRefs = { new() { Group = GatewayGroup, Kind = kind, Name = target, SectionName = section } } } };

    private static List<ValidationDiagnostic> Findings(ManifestSet set) => [.. set.Validate().Where(d => d.Id.StartsWith("EG40", StringComparison.Ordinal))];

    [Fact]
    public void EG4003_target_missing_where_the_set_declares_that_kind_in_that_namespace()
    {
        var line = new System.Diagnostics.StackTrace(true).GetFrame(0)!.GetFileLineNumber() + 1;
        var target = new LocalPolicyTargetReferenceWithSectionName { Group = GatewayGroup, Kind = "HTTPRoute", Name = "missing" };
        var policy = new SecurityPolicy("auth") { Metadata = { Namespace = "shop" }, Spec = { TargetRefs = { target } } };
        var found = Assert.Single(Findings([Gateway(), Route(), policy]));
        Assert.Equal("EG4003", found.Id);
        Assert.Equal(ValidationSeverity.Error, found.Severity);
        Assert.Equal("spec.targetRefs[0].name", found.Path);
        Assert.Equal(line, found.Line);
        Assert.StartsWith("SecurityPolicy 'shop/auth' targets HTTPRoute 'shop/missing', which the set does not declare", found.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EG4003_partial_sets_stay_silent()
    {
        // Only policies (routes managed elsewhere), and routes declared only in another namespace.
        Assert.Empty(Findings([Policy("auth", "HTTPRoute", "missing"), Policy("gw", "Gateway", "eg")]));
        Assert.Empty(Findings([Route(ns: "other"), Policy("auth", "HTTPRoute", "missing")]));
        Assert.Empty(Findings([Gateway(), Route(), Policy("auth", "HTTPRoute", "api")]));
    }

    [Fact]
    public void EG4004_section_must_name_a_listener_or_a_rule()
    {
        var set = new ManifestSet { Gateway(), Route(ruleName: "read"), Policy("a", "Gateway", "eg", "https"), Policy("b", "HTTPRoute", "api", "write") };
        var found = Findings(set);
        Assert.All(found, d => Assert.Equal("EG4004", d.Id));
        Assert.Equal(["spec.targetRefs[0].sectionName", "spec.targetRefs[0].sectionName"], found.Select(d => d.Path));
        Assert.Contains("Gateway 'shop/eg', which has no listener named 'https' (it has listeners 'http')", found[0].Message, StringComparison.Ordinal);
        Assert.Contains("HTTPRoute 'shop/api', which has no rule named 'write' (it has named rules 'read')", found[1].Message, StringComparison.Ordinal);

        Assert.Empty(Findings([Gateway(), Route(ruleName: "read"), Policy("a", "Gateway", "eg", "http"), Policy("b", "HTTPRoute", "api", "read")]));
    }

    [Fact]
    public void EG4005_selector_matching_nothing_is_reported_and_labels_match_as_Kubernetes_evaluates()
    {
        static BackendTrafficPolicy Selecting(TargetSelector selector)
            => new("sel") { Metadata = { Namespace = "shop" }, Spec = { TargetSelectors = { selector } } };

        var none = Selecting(new() { Kind = "HTTPRoute", MatchLabels = { ["app"] = "web" } });
        var found = Assert.Single(Findings([Route("api"), none]));
        Assert.Equal("EG4005", found.Id);
        Assert.Equal(ValidationSeverity.Warning, found.Severity);
        Assert.Equal("spec.targetSelectors[0]", found.Path);
        Assert.Contains("by labels (app=web), but no HTTPRoute declared in namespace 'shop' matches", found.Message, StringComparison.Ordinal);

        Assert.Empty(Findings([Route("api"), Selecting(new() { Kind = "HTTPRoute", MatchLabels = { ["app"] = "api" } })]));
        Assert.Empty(Findings([Route("api"), Selecting(new() { Kind = "HTTPRoute", MatchExpressions = { new() { Key = "app", Operator = "In", Values = { "web", "api" } } } })]));
        Assert.Empty(Findings([Route("api"), Selecting(new() { Kind = "HTTPRoute", MatchExpressions = { new() { Key = "tier", Operator = "DoesNotExist" } } })]));
        Assert.Single(Findings([Route("api"), Selecting(new() { Kind = "HTTPRoute", MatchExpressions = { new() { Key = "app", Operator = "NotIn", Values = { "api" } } } })]));
        Assert.Single(Findings([Route("api"), Selecting(new() { Kind = "HTTPRoute", MatchExpressions = { new() { Key = "tier", Operator = "Exists" } } })]));

        // Partial sets: no HTTPRoute in the policy's namespace, or none at all.
        Assert.Empty(Findings([Route("api", ns: "other"), Selecting(new() { Kind = "HTTPRoute", MatchLabels = { ["app"] = "web" } })]));
        Assert.Empty(Findings([Selecting(new() { Kind = "HTTPRoute", MatchLabels = { ["app"] = "web" } })]));
    }

    [Fact]
    public void EG4006_parent_gateway_and_listener_must_exist()
    {
        var missing = Assert.Single(Findings([Gateway("eg"), Route(gateway: "edge")]));
        Assert.Equal(("EG4006", "spec.parentRefs[0].name"), (missing.Id, missing.Path));
        Assert.Contains("attaches to Gateway 'shop/edge', which the set does not declare", missing.Message, StringComparison.Ordinal);

        var section = Route();
        section.Spec.ParentRefs[0].SectionName = "https";
        var noListener = Assert.Single(Findings([Gateway(), section]));
        Assert.Equal(("EG4006", "spec.parentRefs[0].sectionName"), (noListener.Id, noListener.Path));
        Assert.Contains("has no listener named 'https' (it has listeners 'http')", noListener.Message, StringComparison.Ordinal);

        var port = Route();
        port.Spec.ParentRefs[0].Port = 443;
        Assert.Equal(("EG4006", "spec.parentRefs[0].port"), Assert.Single(Findings([Gateway(), port])) is var p ? (p.Id, p.Path) : default);

        // Partial set: the Gateway is managed elsewhere.
        Assert.Empty(Findings([Route(gateway: "edge")]));
    }

    [Fact]
    public void EG4007_listener_must_admit_the_route_kind_and_namespace()
    {
        var grpcOnly = new Listener { Name = "grpc", Port = 80, Protocol = "HTTP", AllowedRoutes = new() { Kinds = { new() { Kind = "GRPCRoute" } } } };
        var kind = Assert.Single(Findings([Gateway(listeners: grpcOnly), Route()]));
        Assert.Equal(("EG4007", "spec.parentRefs[0]"), (kind.Id, kind.Path));
        Assert.Contains("listener 'grpc' admits GRPCRoute only", kind.Message, StringComparison.Ordinal);

        var tcp = new Listener { Name = "tcp", Port = 9000, Protocol = "TCP" };
        Assert.Contains("admits TCPRoute only", Assert.Single(Findings([Gateway(listeners: tcp), Route()])).Message, StringComparison.Ordinal);

        var sameNamespace = Assert.Single(Findings([Gateway(), Route(ns: "team")]));
        Assert.Contains("from its own namespace 'shop' only", sameNamespace.Message, StringComparison.Ordinal);

        var all = new Listener { Name = "http", Port = 80, Protocol = "HTTP", AllowedRoutes = new() { Namespaces = new() { From = "All" } } };
        var selector = new Listener { Name = "http", Port = 80, Protocol = "HTTP", AllowedRoutes = new() { Namespaces = new() { From = "Selector" } } };
        Assert.Empty(Findings([Gateway(listeners: all), Route(ns: "team")]));
        Assert.Empty(Findings([Gateway(listeners: selector), Route(ns: "team")]));

        // One admitting listener is enough.
        Assert.Empty(Findings([Gateway(listeners: [grpcOnly, new Listener { Name = "http", Port = 8080, Protocol = "HTTP" }]), Route()]));
    }

    [Fact]
    public void EG4008_backend_must_exist_where_the_set_declares_backends_and_services_are_never_guessed()
    {
        var route = Route();
        route.Spec.Rules[0].BackendRefs.Add(new() { Group = "gateway.envoyproxy.io", Kind = "Backend", Name = "missing" });
        route.Spec.Rules[0].BackendRefs.Add(new() { Name = "some-service", Port = 8080 });
        var found = Assert.Single(Findings([Gateway(), route, new Backend("present") { Metadata = { Namespace = "shop" } }]));
        Assert.Equal(("EG4008", "spec.rules[0].backendRefs[0].name"), (found.Id, found.Path));
        Assert.Contains("sends traffic to Backend 'shop/missing'", found.Message, StringComparison.Ordinal);

        Assert.Empty(Findings([Gateway(), route]));
    }

    [Fact]
    public void EG4009_cross_namespace_backend_needs_a_grant_where_the_set_manages_that_namespace()
    {
        var route = Route();
        route.Spec.Rules[0].BackendRefs.Add(new() { Name = "db", Namespace = "data", Port = 5432 });
        var neighbour = new Backend("cache") { Metadata = { Namespace = "data" } };
        var found = Assert.Single(Findings([Gateway(), route, neighbour]));
        Assert.Equal(("EG4009", "spec.rules[0].backendRefs[0].namespace"), (found.Id, found.Path));
        Assert.Contains("no ReferenceGrant in 'data' permits references from HTTPRoute in 'shop'", found.Message, StringComparison.Ordinal);

        var grant = new ReferenceGrant("allow") { Metadata = { Namespace = "data" }, Spec = { From = { new() { Group = GatewayGroup, Kind = "HTTPRoute", Namespace = "shop" } }, To = { new() { Group = "", Kind = "Service" } } } };
        Assert.Empty(Findings([Gateway(), route, neighbour, grant]));
        var wrongName = new ReferenceGrant("allow") { Metadata = { Namespace = "data" }, Spec = { From = { new() { Group = GatewayGroup, Kind = "HTTPRoute", Namespace = "shop" } }, To = { new() { Group = "", Kind = "Service", Name = "other" } } } };
        Assert.Single(Findings([Gateway(), route, neighbour, wrongName]));

        // Partial set: nothing of namespace 'data' is declared, so its grants live elsewhere.
        Assert.Empty(Findings([Gateway(), route]));
    }

    [Fact]
    public void EG4001_and_EG4010_report_both_policies_on_one_target_and_name_the_winner()
    {
        var found = Findings([Route(), Policy("first", "HTTPRoute", "api"), Policy("second", "HTTPRoute", "api")]);
        Assert.Equal(["EG4001", "EG4010"], found.Select(d => d.Id));
        Assert.Equal(("spec.targetRefs[0]", "SecurityPolicy/shop/second"), (found[0].Path, found[0].Resource));
        Assert.Equal((ValidationSeverity.Info, "SecurityPolicy/shop/first"), (found[1].Severity, found[1].Resource));
        Assert.Contains("created in set order, SecurityPolicy 'shop/first' is the older and wins, and SecurityPolicy 'shop/second' is marked Conflicted", found[1].Message, StringComparison.Ordinal);

        // Another section is another target; patch policies all apply.
        Assert.Empty(Findings([Gateway(), Policy("a", "Gateway", "eg"), Policy("b", "Gateway", "eg", "http")]));
        EnvoyPatchPolicy Patch(string name) => new(name) { Metadata = { Namespace = "shop" }, Spec = { TargetRef = new() { Group = GatewayGroup, Kind = "Gateway", Name = "eg" } } };
        Assert.Empty(Findings([Gateway(), Patch("a"), Patch("b")]));
    }

    [Fact]
    public void EG4011_gateway_policy_overridden_on_an_attached_route()
    {
        var onGateway = Policy("gw", "Gateway", "eg");
        var onRoute = Policy("route", "HTTPRoute", "api");
        var found = Assert.Single(Findings([Gateway(), Route(), Route("web"), onGateway, onRoute, Policy("web", "HTTPRoute", "web")]));
        Assert.Equal(("EG4011", ValidationSeverity.Info, "SecurityPolicy/shop/gw"), (found.Id, found.Severity, found.Resource));
        Assert.Contains("SecurityPolicy 'shop/gw' on Gateway 'shop/eg' does not apply to HTTPRoute 'shop/api': SecurityPolicy 'shop/route' (at position 5)", found.Message, StringComparison.Ordinal);
        Assert.Contains("and 1 more route-level policies", found.Message, StringComparison.Ordinal);

        // Merged (v1.9 mergeType), another Gateway, or another policy kind: nothing overrides.
        var merged = Policy("route", "HTTPRoute", "api");
        merged.Spec.MergeType = "StrategicMerge";
        Assert.Empty(Findings([Gateway(), Route(), onGateway, merged]));
        Assert.Empty(Findings([Gateway(), Gateway("edge"), Route(gateway: "edge"), onGateway, onRoute]));
        var traffic = new BackendTrafficPolicy("traffic") { Metadata = { Namespace = "shop" }, Spec = { TargetRefs = { new() { Group = GatewayGroup, Kind = "HTTPRoute", Name = "api" } } } };
        Assert.Empty(Findings([Gateway(), Route(), onGateway, traffic]));
    }
}
