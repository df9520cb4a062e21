using EnvoyGateway.Dsl.Generator.Cel;

namespace EnvoyGateway.Dsl.Generator.Tests.Cel;

/// <summary>Every rule of every release parses and passes the supported-construct check; anything else stops generation loudly.</summary>
public class CelCheckTests
{
    private static readonly Lazy<CelInventory> RealInventory = new(() => CelInventory.Check(Repository.Model));

    [Fact]
    public void Every_rule_of_every_release_parses_and_uses_only_supported_constructs()
    {
        // Check throws a GenerationException at the first rule that does not parse or is not supported.
        var inventory = RealInventory.Value;
        Assert.Equal(inventory.DistinctRules.Count(), inventory.UsageByExpression.Count);
        Assert.Equal(304, inventory.DistinctRules.Count());
    }

    [Fact]
    public void Every_real_rule_prints_to_an_expression_that_parses_to_the_same_tree()
    {
        foreach (var rule in RealInventory.Value.DistinctRules)
        {
            var printed = CelPrinter.Print(CelParser.Parse(rule));
            Assert.Equal(printed, CelPrinter.Print(CelParser.Parse(printed)));
        }
    }

    [Fact]
    public void The_rule_sites_agree_with_the_counts_read_from_the_CRD_files()
    {
        var sites = RealInventory.Value.Sites;
        var v19 = Repository.Model.Releases.Newest;
        Assert.Equal(537, sites.Count(s => s.Release == v19 && s.Kind.Group == "gateway.envoyproxy.io"));
        Assert.Equal(76, sites.Count(s => s.Release == v19 && s.Kind.Kind == "BackendTrafficPolicy"));
        var keepalive = Assert.Single(sites, s => s.Release == v19 && s.Kind.Kind == "BackendTrafficPolicy" && s.Path == ".spec.http2.connectionKeepalive");
        Assert.Equal("!has(self.timeout) || !has(self.interval) || duration(self.timeout) < duration(self.interval)", keepalive.Rule.Rule);
        Assert.Equal("backendtrafficpolicies.gateway.envoyproxy.io (release 1.9) at .spec.http2.connectionKeepalive", keepalive.ToString());
    }

    [Fact]
    public void The_supported_list_is_exactly_what_the_rules_use()
    {
        var unused = RealInventory.Value.ConstructCounts().Where(c => c.Rules == 0).Select(c => c.Construct);
        Assert.Empty(unused);
    }

    [Fact]
    public void Usage_counts_each_construct_under_its_form_and_arity()
    {
        var usage = CelUsage.Of(CelParser.Parse("self.all(x, x.size() > 0 && size(x) < 9) && format.dns1123Label().validate(self.name) == null && has(self.a) && !self.b.matches('^a')"));
        Assert.Equal(
            ["!_", "_ && _", "_ < _", "_ == _", "_ > _", "_._", "_.all(x, _)", "_.matches(_)", "_.size()", "_.validate(_)", CelUsage.ComprehensionVariable,
                "format.dns1123Label()", "has(_._)", "int literal", "null literal", "self", "size(_)", "string literal"],
            usage.Constructs.Keys);
        Assert.Equal(4, usage.Constructs["_ && _"].Count);
        Assert.Equal(4, usage.Constructs["self"].Count);
        Assert.Equal(2, usage.Constructs[CelUsage.ComprehensionVariable].Count);
    }

    [Theory]
    [InlineData("self.frobnicate()", "'_.frobnicate()' (line 1, column 5)")]
    [InlineData("self.size() * 2 > 1", "'_ * _' (line 1, column 13)")]
    [InlineData("self.map(x, x).size() > 0", "'_.map(x, _)' (line 1, column 5)")]
    [InlineData("request.path == '/'", "'request' (line 1, column 1)")]
    [InlineData("self.matches(b'a')", "'bytes literal' (line 1, column 14)")]
    [InlineData("has(self.a) &&\n  quantity(self.b).isGreaterThan(quantity('1Gi'))", "'quantity(_)' (line 2, column 3), '_.isGreaterThan(_)' (line 2, column 19), which")]
    public void An_unsupported_construct_stops_generation_naming_the_CRD_release_path_rule_and_construct(string rule, string construct)
    {
        var model = SyntheticModelWithRule(rule);
        var error = Assert.Throws<GenerationException>(() => CelInventory.Check(model));
        Assert.StartsWith("widgets.gateway.envoyproxy.io (release 0.6) at .spec.name: the CEL rule uses " + construct, error.Message, StringComparison.Ordinal);
        Assert.EndsWith("rule: " + rule, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_that_does_not_parse_stops_generation_with_its_position()
    {
        var error = Assert.Throws<GenerationException>(() => CelInventory.Check(SyntheticModelWithRule("has(self.a) && (self.b")));
        Assert.Contains("widgets.gateway.envoyproxy.io (release 0.6) at .spec.name: the CEL rule does not parse: expected ')' but found end of expression (line 1, column 23)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Generation_writes_nothing_when_a_rule_is_not_understood()
    {
        var layout = new RepositoryLayout(Directory.CreateTempSubdirectory("generator-cel-").FullName);
        try
        {
            var error = Assert.Throws<GenerationException>(() => Generation.Emit(SyntheticModelWithRule("self.isURL()"), layout));
            Assert.Contains("'_.isURL()'", error.Message, StringComparison.Ordinal);
            Assert.Empty(Directory.EnumerateFileSystemEntries(layout.Root));
        }
        finally
        {
            Directory.Delete(layout.Root, recursive: true);
        }
    }

    [Fact]
    public void Rules_on_the_object_list_items_and_map_values_are_found_at_their_paths()
    {
        var model = Synthetic.Build([("v0.6.0", Synthetic.Crd("""
            type: object
            x-kubernetes-validations:
            - rule: has(self.names)
              message: names required
            properties:
              names:
                type: array
                items:
                  type: string
                  x-kubernetes-validations:
                  - rule: self.startsWith('a')
                    message: starts with a
              labels:
                type: object
                additionalProperties:
                  type: object
                  properties:
                    value:
                      type: string
                      x-kubernetes-validations:
                      - rule: size(self) < 9
                x-kubernetes-validations:
                - rule: self.all(k, k != '')
            """))]);
        Assert.Equal(
            [(".spec", "has(self.names)"), (".spec.labels", "self.all(k, k != '')"), (".spec.labels{}.value", "size(self) < 9"), (".spec.names[]", "self.startsWith('a')")],
            CelInventory.Check(model).Sites.Select(s => (s.Path, s.Rule.Rule)).Order());
    }

    private static Model.UnionModel SyntheticModelWithRule(string rule)
    {
        var indentedRule = rule.Replace("\n", "\n        ", StringComparison.Ordinal);
        return Synthetic.Build([("v0.6.0", Synthetic.Crd($"""
            type: object
            properties:
              name:
                type: string
                x-kubernetes-validations:
                - rule: |-
                    {indentedRule}
                  message: checked
            """))]);
    }
}
