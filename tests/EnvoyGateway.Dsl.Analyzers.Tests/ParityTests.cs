using System.Reflection;
using System.Runtime.Loader;
using EnvoyGateway.Dsl.Analyzers.Tests.Infrastructure;

namespace EnvoyGateway.Dsl.Analyzers.Tests;

/// <summary>
/// Edit time equals build time: on all-constant policies, the analyzers report exactly the rule IDs that
/// <see cref="ManifestSet.Validate()"/> reports on the objects the same source builds.
/// </summary>
public sealed class ParityTests
{
    private const string Gw = """TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "Gateway", Name = "eg" }""";

    private static string Limit(string requests, string unit) => $$"""Limit = new() { Requests = {{requests}}, Unit = "{{unit}}" }""";

    private static string WithRule(string rule) => $$"""RateLimit = new() { Type = "Global", Global = new() { Rules = { new() { {{rule}} } } } }""";

    private static string Btp(string name, string spec, string metadata = """Namespace = "shop" """) => $$"""
        new BackendTrafficPolicy("{{name}}") { Metadata = { {{metadata}} }, Spec = { {{spec}} } }
        """;

    private static readonly Dictionary<string, string> Cases = new(StringComparer.Ordinal)
    {
        ["valid_gateway"] = Btp("v01", Gw),
        ["valid_rate_limit"] = Btp("v02", Gw + ", " + WithRule(Limit("10", "Minute"))),
        ["valid_consistent_hash"] = Btp("v03", Gw + """, LoadBalancer = new() { Type = "ConsistentHash", ConsistentHash = new() { Type = "SourceIP" } }"""),
        ["valid_headers_and_cidr"] = Btp("v04", Gw + ", " + WithRule("""ClientSelectors = { new() { Headers = { new() { Name = "x", Type = "Distinct" }, new() { Name = "y", Type = "RegularExpression", Value = "^a+$" } } }, new() { SourceCIDR = new() { Value = "2001:db8::/32" } } }, """ + Limit("5", "Hour"))),
        ["valid_two_policies"] = Btp("v05", Gw) + ",\n" + Btp("v06", """TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "api" }"""),
        ["a01_unknown_unit"] = Btp("a01", Gw + ", " + WithRule(Limit("10", "Minutes"))),
        ["a02_distinct_with_value"] = Btp("a02", Gw + ", " + WithRule("""ClientSelectors = { new() { Headers = { new() { Name = "x", Type = "Distinct", Value = "v" } } } }, """ + Limit("1", "Second"))),
        ["a03_missing_target_ref"] = Btp("a03", """LoadBalancer = new() { Type = "Random" }"""),
        ["a04_no_spec"] = """new BackendTrafficPolicy("a04") { Metadata = { Namespace = "shop" } }""",
        ["a07_consistent_hash_without_block"] = Btp("a07", Gw + """, LoadBalancer = new() { Type = "ConsistentHash" }"""),
        ["a08_block_with_round_robin"] = Btp("a08", Gw + """, LoadBalancer = new() { Type = "RoundRobin", ConsistentHash = new() { Type = "SourceIP" } }"""),
        ["a09_bad_enums"] = Btp("a09", Gw + """, LoadBalancer = new() { Type = "Weighted", ConsistentHash = new() { Type = "Header" } }, RateLimit = new() { Type = "Local" }"""),
        ["a10_no_type_no_rules"] = Btp("a10", Gw + ", RateLimit = new() { Global = new() { Rules = [] } }"),
        ["a11_rule_without_limit"] = Btp("a11", Gw + ", " + WithRule("""ClientSelectors = { new() { Headers = { new() { Name = "x", Value = "1" } } } }""")),
        ["a12_limit_without_unit"] = Btp("a12", Gw + ", " + WithRule("Limit = new() { Requests = 5 }")),
        ["a13_wrong_group_and_kind"] = Btp("a13", """TargetRef = new() { Group = "apps", Kind = "Deployment", Name = "web" }"""),
        ["a14_section_name"] = Btp("a14", """TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "Gateway", Name = "eg", SectionName = "http" }"""),
        ["a15_bad_patterns"] = Btp("a15", """TargetRef = new() { Group = "Not A Group!", Kind = "9bad", Name = "", Namespace = "Bad_NS" }"""),
        ["a16_header_names_empty_and_long"] = Btp("a16", Gw + ", " + WithRule("""ClientSelectors = { new() { Headers = { new() { Name = "", Value = "1" }, new() { Name = Long300, Value = "1" } } } }, """ + Limit("1", "Hour"))),
        ["a17_duplicate_header"] = Btp("a17", Gw + ", " + WithRule("""ClientSelectors = { new() { Headers = { new() { Name = "x", Value = "1" }, new() { Name = "x", Value = "2" } } } }, """ + Limit("1", "Hour"))),
        ["a18_seventeen_rules"] = Btp("a18", Gw + """, RateLimit = new() { Type = "Global", Global = new() { Rules = [""" + string.Join(", ", Enumerable.Range(1, 17).Select(i => "new() { " + Limit(i.ToString(System.Globalization.CultureInfo.InvariantCulture), "Second") + " }")) + "] } }"),
        ["a19_nine_selectors"] = Btp("a19", Gw + ", " + WithRule("ClientSelectors = { " + string.Join(", ", Enumerable.Range(1, 9).Select(i => $$"""new() { SourceCIDR = new() { Value = "10.0.0.{{i}}/32" } }""")) + " }, " + Limit("1", "Hour"))),
        ["a20_cidr_garbage"] = Btp("a20", Gw + ", " + WithRule("""ClientSelectors = { new() { SourceCIDR = new() { Type = "Fuzzy", Value = "not-a-cidr" } } }, """ + Limit("1", "Hour"))),
        ["a21_cidr_without_value"] = Btp("a21", Gw + ", " + WithRule("""ClientSelectors = { new() { SourceCIDR = new() { Type = "Exact" } } }, """ + Limit("1", "Hour"))),
        ["a22_name_and_namespace_not_dns"] = """new BackendTrafficPolicy("Bad_Name!") { Metadata = { Namespace = "NS WITH SPACES" }, Spec = { """ + Gw + " } }",
        ["a29_namespace_mismatch"] = Btp("a29", """TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "Gateway", Name = "eg", Namespace = "b" }""", """Namespace = "a" """),
        ["regex_lookahead"] = Btp("r01", Gw + ", " + WithRule("""ClientSelectors = { new() { Headers = { new() { Name = "x", Type = "RegularExpression", Value = "(?=x)" } } } }, """ + Limit("1", "Hour"))),
        ["exact_header_without_value"] = Btp("r02", Gw + ", " + WithRule("""ClientSelectors = { new() { Headers = { new() { Name = "x" } } } }, """ + Limit("1", "Hour"))),
        ["cidr_without_prefix"] = Btp("r03", Gw + ", " + WithRule("""ClientSelectors = { new() { SourceCIDR = new() { Value = "10.0.0.1" } } }, """ + Limit("1", "Hour"))),
        ["rate_limit_without_global"] = Btp("r04", Gw + """, RateLimit = new() { Type = "Global" }"""),
        ["tcp_route_with_rate_limit"] = Btp("r05", """TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "TCPRoute", Name = "db" }, """ + WithRule(Limit("1", "Day"))),
        ["zero_requests"] = Btp("r06", Gw + ", " + WithRule(Limit("0", "Day"))),
        ["same_target_twice"] = Btp("s01", Gw) + ",\n" + Btp("s02", Gw),
        ["same_name_twice"] = Btp("s03", Gw) + ",\n" + Btp("s03", """TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "api" }"""),
        ["labels_and_annotations"] = Btp("m01", Gw, """Namespace = "shop", Labels = { ["bad key!"] = "-v" }, Annotations = { ["bad key!"] = "v", ["big"] = Large }"""),
        ["server_populated"] = Btp("m02", Gw, """Namespace = "shop", Uid = "abc", Generation = 2, ResourceVersion = "7" """),
        ["no_namespace"] = Btp("m03", Gw, """Name = "m03" """),
        ["empty_namespace"] = Btp("m04", Gw, """Namespace = "" """),
    };

    /// <summary>Cases whose project selects another release than 0.6 (the release rules EG1006–EG1008, other kinds).</summary>
    private static readonly Dictionary<string, (string Release, string Source)> ReleaseCases = new(StringComparer.Ordinal)
    {
        ["r10_timeout_in_0_6"] = ("0.6", Btp("t01", Gw + """, Timeout = new() { Tcp = new() { ConnectTimeout = "10s" } }""")),
        ["r11_week_in_1_8"] = ("1.8", Btp("t02", Gw + ", " + WithRule(Limit("10", "Week")))),
        ["r12_week_in_1_9"] = ("1.9", Btp("t03", Gw + ", " + WithRule(Limit("10", "Week")))),
        ["r13_target_ref_in_1_9"] = ("1.9", Btp("t04", Gw)),
        ["r14_target_refs_in_1_9"] = ("1.9", Btp("t05", """TargetRefs = { new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "api" } }""")),
        ["r15_zero_requests_in_1_7"] = ("1.7", Btp("t06", Gw + ", " + WithRule(Limit("0", "Day")))),
        ["r16_target_namespace_in_1_9"] = ("1.9", Btp("t07", """TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "Gateway", Name = "eg", Namespace = "shop" }""")),
        ["set01_declared_targets"] = ("1.9", Edge() + ",\n" + Btp("u01", """TargetRefs = { new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "api" } }""")),
        ["set02_target_not_declared"] = ("1.9", Edge() + ",\n" + Btp("u02", """TargetRefs = { new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "checkout" } }""")),
        ["set03_section_not_on_gateway"] = ("1.9", Edge() + ",\n" + Btp("u03", """TargetRefs = { new() { Group = "gateway.networking.k8s.io", Kind = "Gateway", Name = "eg", SectionName = "https" } }""")),
        ["set04_selector_matches_nothing"] = ("1.9", Edge() + ",\n" + Btp("u04", """TargetSelectors = { new() { Kind = "HTTPRoute", MatchLabels = { ["app"] = "web" } } }""")),
        ["set05_parent_not_declared"] = ("1.9", Edge(parent: "edge")),
        ["set06_listener_refuses_route"] = ("1.9", Edge(protocol: "TCP")),
        ["set07_backend_not_declared"] = ("1.9", Edge(backend: """Group = "gateway.envoyproxy.io", Kind = "Backend", Name = "api2" """) + ",\n" + """new Backend("api") { Metadata = { Namespace = "shop" }, Spec = { Endpoints = { new() { Fqdn = new() { Hostname = "api.example.com", Port = 443 } } } } }"""),
        ["kind01_route_bad_header_match_type"] = ("1.9", """new HTTPRoute("k01") { Metadata = { Namespace = "shop" }, Spec = { Rules = { new() { Matches = { new() { Headers = { new() { Name = "x-team", Value = "edge", Type = "Contains" } } } } } } } }"""),
        ["kind02_gateway_port_out_of_range"] = ("1.9", """new Gateway("k02") { Metadata = { Namespace = "shop" }, Spec = { GatewayClassName = "eg", Listeners = { new() { Name = "http", Port = 70000, Protocol = "HTTP" } } } }"""),
        ["kind03_route_bad_name_and_hostname"] = ("1.9", """new HTTPRoute("Bad_Route") { Metadata = { Namespace = "shop" }, Spec = { Hostnames = { "not a host!" } } }"""),
        ["kind04_gateway_without_listeners"] = ("1.9", """new Gateway("k04") { Metadata = { Namespace = "shop" }, Spec = { GatewayClassName = "eg" } }"""),
        ["kind05_client_traffic_policy_valid"] = ("1.9", """new ClientTrafficPolicy("k05") { Metadata = { Namespace = "shop" }, Spec = { TargetRefs = { new() { Group = "gateway.networking.k8s.io", Kind = "Gateway", Name = "eg" } } } }"""),
        ["kind06_backend_port_out_of_range"] = ("1.9", """new HTTPRoute("k06") { Metadata = { Namespace = "shop" }, Spec = { Rules = { new() { BackendRefs = { new() { Name = "api", Port = 0 } } } } } }"""),
        ["kind07_policy_retry_and_timeout_in_1_9"] = ("1.9", Btp("k07", """TargetRefs = { new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "api" } }, Retry = new() { NumRetries = -1, RetryOn = new() { Triggers = { "sometimes" } } }, Timeout = new() { Http = new() { RequestTimeout = "5 seconds" } }""")),
        ["set09_two_policies_on_one_route_by_target_refs"] = ("1.9", Edge() + ",\n" + Btp("u09", """TargetRefs = { new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "api" } }""") + ",\n" + Btp("u10", """TargetRefs = { new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "api" } }""")),
        ["set10_gateway_policy_overridden_by_route_policy"] = ("1.9", Edge() + ",\n" + Btp("u11", """TargetRefs = { new() { Group = "gateway.networking.k8s.io", Kind = "Gateway", Name = "eg" } }""") + ",\n" + Btp("u12", """TargetRefs = { new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "api" } }""")),
        ["cel01_fault_injection_without_a_fault"] = ("1.9", Btp("c01", """TargetRefs = { new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "api" } }, FaultInjection = new()""")),
        ["cel02_gateway_listener_names_not_unique"] = ("1.9", """new Gateway("c02") { Metadata = { Namespace = "shop" }, Spec = { GatewayClassName = "eg", Listeners = { new() { Name = "http", Port = 80, Protocol = "HTTP" }, new() { Name = "http", Port = 8080, Protocol = "HTTP" } } } }"""),
        ["set08_cross_namespace_without_grant"] = ("1.9", Edge(backend: """Name = "pay", Namespace = "payments", Port = 80 """) + ",\n" + """new Backend("pay") { Metadata = { Namespace = "payments" }, Spec = { Endpoints = { new() { Fqdn = new() { Hostname = "pay.example.com", Port = 443 } } } } }"""),
    };

    /// <summary>
    /// Rules that no analyzer case can reach yet: EG1009 needs a map with maxProperties, which only kinds the analyzer does not walk have
    /// (ReleaseRuleTests covers it at build time).
    /// </summary>
    private static readonly string[] BuildTimeOnly = ["EG1009"];

    public static TheoryData<string> CaseNames() => [.. Cases.Keys, .. ReleaseCases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Analyzer_reports_the_ids_validation_reports(string name)
    {
        var source = SourceFor(name);
        var release = ReleaseOf(name);

        var (diagnostics, exceptions) = await AnalyzerRunner.RunAsync(source, release);
        Assert.Empty(exceptions);
        var atEditTime = diagnostics.Select(diagnostic => diagnostic.Id).Order(StringComparer.Ordinal).ToArray();
        var atBuildTime = Build(source).Validate(EnvoyGatewayVersion.Parse(release)).Select(diagnostic => diagnostic.Id).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(atBuildTime, atEditTime);
    }

    /// <summary>Every rule of the catalog has an edit-time parity case.</summary>
    private static readonly string[] NotYetAtEditTime = [];

    /// <summary>A Gateway and an HTTPRoute of namespace 'shop' whose parent, listener protocol and backend a case varies.</summary>
    private static string Edge(string parent = "eg", string protocol = "HTTP", string backend = """Name = "api", Port = 8080 """) => $$"""
        new Gateway("eg") { Metadata = { Namespace = "shop" }, Spec = { GatewayClassName = "eg", Listeners = { new() { Name = "http", Port = 80, Protocol = "{{protocol}}" } } } },
        new HTTPRoute("api") { Metadata = { Namespace = "shop", Labels = { ["app"] = "api" } }, Spec = { ParentRefs = { new() { Name = "{{parent}}" } }, Rules = { new() { BackendRefs = { new() { {{backend}} } } } } } }
        """;

    [Fact]
    public void Table_covers_every_rule()
    {
        var covered = Cases.Keys.Concat(ReleaseCases.Keys).Select(name => Build(SourceFor(name)).Validate(EnvoyGatewayVersion.Parse(ReleaseOf(name)))).SelectMany(diagnostics => diagnostics).Select(diagnostic => diagnostic.Id).ToHashSet(StringComparer.Ordinal);
        Assert.All(EnvoyGateway.Dsl.Rules.RuleCatalog.All.Select(rule => rule.Id).Except(BuildTimeOnly).Except(NotYetAtEditTime), id => Assert.Contains(id, covered));
        Assert.True(Cases.Count >= 30);
    }

    private static string ReleaseOf(string name) => ReleaseCases.TryGetValue(name, out var release) ? release.Release : "0.6";

    private static string SourceFor(string name) => $$"""
        using EnvoyGateway.Dsl;
        using EnvoyGateway.Dsl.Gateway.V1Alpha1;
        using EnvoyGateway.Dsl.GatewayApi;

        public static class Policies
        {
            private const string Long300 = "{{new string('a', 300)}}";
            private const string Large = "{{new string('x', 262_144)}}";

            public static ManifestSet Set => [
                {{(Cases.TryGetValue(name, out var policies) ? policies : ReleaseCases[name].Source)}}
            ];
        }
        """;

    /// <summary>Compiles the source, runs it in a collectible load context (the Dsl is shared with the test) and returns its set.</summary>
    private static ManifestSet Build(string source)
    {
        using var image = new MemoryStream();
        var emitted = AnalyzerRunner.Compile(source, "Parity" + Guid.NewGuid().ToString("N")).Emit(image);
        Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics));
        image.Position = 0;
        var context = new AssemblyLoadContext("parity", isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(image);
            var set = assembly.GetType("Policies")!.GetProperty("Set", BindingFlags.Public | BindingFlags.Static)!.GetValue(null);
            return (ManifestSet)set!;
        }
        finally
        {
            context.Unload();
        }
    }
}
