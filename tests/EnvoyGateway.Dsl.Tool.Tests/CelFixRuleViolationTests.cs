using System.Text.Json.Nodes;
using EnvoyGateway.Dsl.Cel;
using EnvoyGateway.Dsl.Rules.Schema;
using Xunit.Abstractions;

namespace EnvoyGateway.Dsl.Tool.Tests;

/// <summary>
/// A constant violation of every CEL rule that ties a field to a discriminator value (the rules with EG2100's quick
/// fix), built from the schema table: the rule's node, reached from the kind's root, with the field set and the
/// discriminator set to another value. Each object is checked as <see cref="CelEditTimeParityTests"/> checks the
/// upstream ones (imported as C#, the analyzer's EG2100 findings equal <c>Validate</c>'s, and with every constant made
/// opaque none the build lacks), and the rule itself must be among them.
/// </summary>
public sealed class CelFixRuleViolationTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Every_rule_with_a_quick_fix_is_reported_at_edit_time_as_at_build_time()
    {
        var release = EnvoyGatewayVersion.Newest;
        var bit = 1UL << release.Index;
        var apiVersionOf = CelRuleObjects.ApiVersions();
        var rules = CelRules.All.Where(rule => rule.FixField is not null && (rule.Releases & bit) != 0).ToList();
        var problems = new List<string>();
        var checkedRules = 0;
        using var folder = new TempFolder();
        foreach (var rule in rules)
        {
            if (Violation(rule, apiVersionOf(rule), release.Index) is not { } document)
            {
                problems.Add($"{rule.Key}: no object could be built");
                continue;
            }

            var file = folder.Write(CelRuleObjects.FileName(rule), CelRuleObjects.Yaml(document));
            var (built, problem) = await CelRuleObjects.CompareEditTime(file);
            checkedRules++;
            if (!built.Any(message => message.EndsWith($"(CEL rule {rule.Key})", StringComparison.Ordinal)))
            {
                problems.Add($"{rule.Key}: the build does not report it: [{string.Join(" | ", built)}] {problem}");
            }
            else if (problem is not null)
            {
                problems.Add($"{rule.Key}: {problem}");
            }
        }

        output.WriteLine($"{rules.Count} rules with a quick fix in {release}, {checkedRules} objects built and compared, {problems.Count} problems");
        foreach (var problem in problems)
        {
            output.WriteLine(problem);
        }

        Assert.True(rules.Count > 100, $"only {rules.Count} rules");
        Assert.Empty(problems);
    }

    /// <summary>The kind with the rule's node set (<see cref="CelRuleObjects.RuleNode.Around"/>): at the node the field set and the discriminator another value.</summary>
    private static JsonObject? Violation(CelRuleInfo rule, string apiVersion, int release)
    {
        if (CelRuleObjects.NodeOf(rule, release) is not { } ruleNode || SchemaTable.Properties[ruleNode.Property].Type is var type && type < 0)
        {
            return null;
        }

        var field = SchemaWalk.PropertyOf(type, rule.FixField!);
        if (field < 0)
        {
            return null;
        }

        var node = new JsonObject
        {
            [rule.FixField!] = ValueOf(SchemaTable.Properties[field]),
        };
        node[rule.FixDiscriminator!] = rule.FixField == rule.FixDiscriminator ? "other.example.com" : rule.FixValue + "Other";
        return ruleNode.Around(apiVersion, node);
    }

    private static JsonNode ValueOf(SchemaProperty property) => property.Shape switch
    {
        SchemaShape.Object => new JsonObject(),
        SchemaShape.List => new JsonArray(property.Scalar == SchemaScalar.Object ? new JsonObject() : Scalar(property.Scalar)),
        SchemaShape.Map => new JsonObject { ["k"] = property.Scalar == SchemaScalar.Object ? new JsonObject() : Scalar(property.Scalar) },
        _ => property.Scalar == SchemaScalar.FreeForm ? new JsonObject() : Scalar(property.Scalar),
    };

    private static JsonNode Scalar(SchemaScalar scalar) => scalar switch
    {
        SchemaScalar.Integer or SchemaScalar.IntOrString => JsonValue.Create(1),
        SchemaScalar.Number => JsonValue.Create(1.5),
        SchemaScalar.Boolean => JsonValue.Create(true),
        _ => JsonValue.Create("x"),
    };
}
