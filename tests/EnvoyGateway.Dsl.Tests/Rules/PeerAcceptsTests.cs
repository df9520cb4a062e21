using System.Text.Json;
using EnvoyGateway.Dsl.Gateway.V1Alpha1;
using static EnvoyGateway.Dsl.Tests.Rules.RuleAssert;

namespace EnvoyGateway.Dsl.Tests.Rules;

/// <summary>
/// The 30 invalid inputs that the jsonnet library renders silently (Fixtures/oracle/v_accepts.jsonnet),
/// written in C# where C# can express them, each caught with the IDs of the catalog's last table.
/// Where our rules find more than the table lists, the extra IDs are named and explained.
/// </summary>
public class PeerAcceptsTests
{
    private static BackendTrafficPolicy Gw(string name) => new(name)
    {
        Spec = { TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "Gateway", Name = "eg" } },
    };

    private static BackendTrafficPolicy WithRule(string name, RateLimitRule rule)
    {
        var policy = Gw(name);
        policy.Spec.RateLimit = new() { Type = "Global", Global = new() { Rules = { rule } } };
        return policy;
    }

    private static RateLimitValue Lim(uint requests, string unit) => new() { Requests = requests, Unit = unit };

    public static TheoryData<string, BackendTrafficPolicy, string[]> Cases() => new()
    {
        { "a01", WithRule("a01", new() { Limit = Lim(10, "Minutes") }), ["EG1001"] },
        { "a02", WithRule("a02", new() { ClientSelectors = { new() { Headers = { new() { Name = "x", Type = "Distinct", Value = "v" } } } }, Limit = Lim(1, "Second") }), ["EG3001"] },
        { "a03", new BackendTrafficPolicy("a03") { Spec = { LoadBalancer = new() { Type = "Random" } } }, ["EG1002"] },
        // a04: C# always has a spec; an empty one is missing its required targetRef.
        { "a04", new BackendTrafficPolicy("a04"), ["EG1002"] },
        { "a07", With(Gw("a07"), p => p.Spec.LoadBalancer = new() { Type = "ConsistentHash" }), ["EG2001"] },
        { "a08", With(Gw("a08"), p => p.Spec.LoadBalancer = new() { Type = "RoundRobin", ConsistentHash = new() { Type = "SourceIP" } }), ["EG2001"] },
        // a09: the table lists EG1001 x3; 'Header' (from 1.1) and 'Local' (from 1.0) are later values, so v0.6 reports them as
        // EG1006 (not available in 0.6, naming the release that added each); rateLimit 'Local' also has no global block (EG3006).
        { "a09", With(Gw("a09"), p => { p.Spec.LoadBalancer = new() { Type = "Weighted", ConsistentHash = new() { Type = "Header" } }; p.Spec.RateLimit = new() { Type = "Local" }; }), ["EG1001", "EG1006", "EG1006", "EG3006"] },
        { "a10", With(Gw("a10"), p => p.Spec.RateLimit = new() { Global = new() }), ["EG1002", "EG1002"] },
        // a11: the rule has no limit (EG1002), and its header no value (EG3002: Exact is the default).
        { "a11", WithRule("a11", new() { ClientSelectors = { new() { Headers = { new() { Name = "x" } } } } }), ["EG1002", "EG3002"] },
        { "a12", WithRule("a12", new() { Limit = new() { Requests = 5 } }), ["EG1002"] },
        { "a13", new BackendTrafficPolicy("a13") { Spec = { TargetRef = new() { Group = "apps", Kind = "Deployment", Name = "web" } } }, ["EG2002", "EG2003"] },
        { "a14", With(Gw("a14"), p => p.Spec.TargetRef!.SectionName = "http"), ["EG2004"] },
        // a15: group fails its pattern and the CEL rule, kind its pattern and the CEL rule, name its length, namespace its pattern.
        { "a15", new BackendTrafficPolicy("a15") { Spec = { TargetRef = new() { Group = "Not A Group!", Kind = "9bad", Name = "", Namespace = "Bad_NS" } } }, ["EG1003", "EG1003", "EG1003", "EG1003", "EG2002", "EG2003"] },
        // a16: both headers also lack the value their default type Exact needs (EG3002).
        { "a16", WithRule("a16", new() { ClientSelectors = { new() { Headers = { new() { Name = "" }, new() { Name = new string('a', 300) } } } }, Limit = Lim(1, "Hour") }), ["EG1003", "EG1003", "EG3002", "EG3002"] },
        { "a17", WithRule("a17", new() { ClientSelectors = { new() { Headers = { new() { Name = "x", Value = "1" }, new() { Name = "x", Value = "2" } } } }, Limit = Lim(1, "Hour") }), ["EG1005"] },
        { "a18", With(Gw("a18"), p => p.Spec.RateLimit = new() { Type = "Global", Global = new() { Rules = [.. Enumerable.Range(1, 17).Select(i => new RateLimitRule { Limit = Lim((uint)i, "Second") })] } }), ["EG1004"] },
        { "a19", WithRule("a19", new() { ClientSelectors = [.. Enumerable.Range(1, 9).Select(i => new RateLimitSelectCondition { SourceCIDR = new() { Value = $"10.0.0.{i}/32" } })], Limit = Lim(1, "Hour") }), ["EG1004", "EG3008"] },
        { "a20", WithRule("a20", new() { ClientSelectors = { new() { SourceCIDR = new() { Type = "Fuzzy", Value = "not-a-cidr" } } }, Limit = Lim(1, "Hour") }), ["EG1001", "EG3004"] },
        { "a21", WithRule("a21", new() { ClientSelectors = { new() { SourceCIDR = new() { Type = "Exact" } } }, Limit = Lim(1, "Hour") }), ["EG1002"] },
        { "a22", With(Gw("Bad_Name!"), p => p.Metadata.Namespace = "NS WITH SPACES"), ["EG5001", "EG5002"] },
        // a23: btp.new(123) does not compile (the name is a string); btp.new(null) is a missing name.
        { "a23", With(Gw("a23"), p => p.Metadata.Name = null), ["EG5001"] },
        // a24: withType(null) is an unset type; withLabels(null) is no labels (nothing to report).
        { "a24", With(Gw("a24"), p => { p.Spec.LoadBalancer = new() { Type = null }; p.Metadata.Labels = null!; }), ["EG1002"] },
        { "a29", With(Gw("a29"), p => { p.Metadata.Namespace = "a"; p.Spec.TargetRef!.Namespace = "b"; }), ["EG3005"] },
    };

    private static BackendTrafficPolicy With(BackendTrafficPolicy policy, Action<BackendTrafficPolicy> change)
    {
        change(policy);
        return policy;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Peer_accepts_silently_we_report(string id, BackendTrafficPolicy policy, string[] expected)
    {
        var found = policy.Validate(EnvoyGatewayVersion.V0_6)
            .Where(d => d.Severity != ValidationSeverity.Info)
            .Select(d => d.Id)
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.True(expected.SequenceEqual(found), $"{id}: expected [{string.Join(", ", expected)}], got {Describe(policy.Validate(EnvoyGatewayVersion.V0_6))}");
    }

    [Fact]
    public void Every_case_of_the_peer_is_covered_here_or_below()
    {
        var inPeer = JsonDocument.Parse(Fixture.Read("oracle", "v_accepts.json")).RootElement.EnumerateObject().Select(p => p.Name[..3]).Distinct().ToArray();
        var covered = Cases().Select(row => (string)row[0]).Concat(["a05", "a06", "a25", "a26", "a27", "a28", "a30"]).ToHashSet();
        Assert.Equal(30, inPeer.Length);
        Assert.All(inPeer, id => Assert.Contains(id, covered));
    }

    // a05, a06, a25–a28: the typed model makes them impossible to write; the C# compiler rejects them.
    [Fact]
    public void Wrong_shapes_do_not_compile_because_the_model_is_typed()
    {
        Assert.Equal(typeof(uint?), typeof(RateLimitValue).GetProperty(nameof(RateLimitValue.Requests))!.PropertyType); // a05 "10", a06 -1.5
        Assert.Equal(typeof(Dictionary<string, string>), typeof(ObjectMeta).GetProperty(nameof(ObjectMeta.Labels))!.PropertyType); // a25, a26, a28
        Assert.Equal(typeof(List<RateLimitRule>), typeof(GlobalRateLimit).GetProperty(nameof(GlobalRateLimit.Rules))!.PropertyType); // a27 rules "oops"
        Assert.Equal(typeof(List<string>), typeof(ObjectMeta).GetProperty(nameof(ObjectMeta.Finalizers))!.PropertyType); // a27 finalizers 42
        Assert.Equal(typeof(string), typeof(BackendTrafficPolicy).GetConstructors().Single().GetParameters()[0].ParameterType); // a23 new(123)
    }

    // The same inputs as YAML (the jsonnet output; JSON is YAML): refused by the parser with a position.
    [Theory]
    [InlineData("a05_requestsAsString", "spec.rateLimit.global.rules[0].limit.requests")]
    [InlineData("a06_requestsNegativeFloat", "spec.rateLimit.global.rules[0].limit.requests")]
    [InlineData("a25_wrongShapesForMaps", "metadata.annotations")]
    [InlineData("a27_arrayFnGivenString", "metadata.finalizers[0]")]
    [InlineData("a28_labelValueNotString", "metadata.labels")]
    [InlineData("a30_unknownExtraFields", "")]
    public void Wrong_shapes_from_YAML_are_parse_errors(string key, string pathPrefix)
    {
        var json = JsonDocument.Parse(Fixture.Read("oracle", "v_accepts.json")).RootElement.GetProperty(key).GetRawText();
        var error = Assert.Throws<ManifestParseException>(() => ManifestSet.Parse(json, "v_accepts.json"));
        Assert.StartsWith(pathPrefix, error.FieldPath, StringComparison.Ordinal);
        Assert.True(error.Line > 0 && error.Column > 0, error.Message);
    }
}
