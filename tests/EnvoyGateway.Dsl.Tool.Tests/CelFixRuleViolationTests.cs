using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using EnvoyGateway.Dsl.Cel;
using EnvoyGateway.Dsl.Rules.Schema;
using Xunit.Abstractions;

namespace EnvoyGateway.Dsl.Tool.Tests;

/// <summary>
/// A constant violation of every CEL rule that ties a field to a discriminator value (the rules with EG2100's quick
/// fix), built from the schema table: the rule's node, reached from the kind's root, with the field set and the
/// discriminator set to another value. Each object is checked as <see cref="CelEditTimeParityTests"/> checks the
/// upstream ones (imported as C#, the analyzer's EG2100 findings equal <c>Validate</c>'s), and the rule itself must be
/// among them.
/// </summary>
public sealed class CelFixRuleViolationTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Every_rule_with_a_quick_fix_is_reported_at_edit_time_as_at_build_time()
    {
        var release = EnvoyGatewayVersion.Newest;
        var bit = 1UL << release.Index;
        var apiVersions = ApiVersions();
        var rules = CelRules.All.Where(rule => rule.FixField is not null && (rule.Releases & bit) != 0).ToList();
        var problems = new List<string>();
        var checkedRules = 0;
        using var folder = new TempFolder();
        foreach (var rule in rules)
        {
            // A kind without upstream cases (the experimental XBackend) is served as v1alpha1 in its group.
            var apiVersion = apiVersions.GetValueOrDefault(rule.Kind) ?? SchemaTable.Kinds.FirstOrDefault(k => k.Kind == rule.Kind)?.Group + "/v1alpha1";
            if (Violation(rule, apiVersion, release.Index) is not { } document)
            {
                problems.Add($"{rule.Key}: no object could be built");
                continue;
            }

            var file = folder.Write(rule.Key.Replace('@', '-').Replace('[', '_').Replace(']', '_').Replace('{', '_').Replace('}', '_') + ".yaml", JsonAsYaml.Convert(JsonDocument.Parse(document.ToJsonString()).RootElement));
            var import = CliRun.Of("import", file);
            if (import.ExitCode != 0)
            {
                problems.Add($"{rule.Key}: import failed: {import.Stderr}");
                continue;
            }

            var built = CelEditTimeParityTests.BuildTime(file);
            var edit = await CelEditTimeParityTests.EditTime(import.Stdout, opaque: false);
            checkedRules++;
            if (!built.Any(message => message.EndsWith($"(CEL rule {rule.Key})", StringComparison.Ordinal)))
            {
                problems.Add($"{rule.Key}: the build does not report it: [{string.Join(" | ", built)}]");
            }
            else if (!built.SequenceEqual(edit))
            {
                problems.Add($"{rule.Key}: build [{string.Join(" | ", built)}] edit [{string.Join(" | ", edit)}]");
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

    /// <summary>The apiVersion of each kind, from the upstream CEL cases.</summary>
    private static Dictionary<string, string> ApiVersions()
    {
        var versions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var suite in new[] { "envoy-gateway-cel-v1.9.0", "gateway-api-cel-v1.6.1" })
        {
            using var cases = JsonDocument.Parse(File.ReadAllText(Path.Combine(Fixture.RepositoryRoot, "tests", "Fixtures", "upstream", suite, "cases.json")));
            foreach (var item in cases.RootElement.GetProperty("cases").EnumerateArray())
            {
                versions.TryAdd(item.GetProperty("kind").GetString()!, item.GetProperty("apiVersion").GetString()!);
            }
        }

        return versions;
    }

    /// <summary>The kind with the rule's node set: every step on the way one object, list item or map value; at the node the field set and the discriminator another value.</summary>
    private static JsonObject? Violation(CelRuleInfo rule, string apiVersion, int release)
    {
        var kind = SchemaTable.Kinds.FirstOrDefault(k => k.Kind == rule.Kind && (k.Releases & (1u << release)) != 0);
        if (kind is null)
        {
            return null;
        }

        var root = new JsonObject { ["apiVersion"] = apiVersion, ["kind"] = rule.Kind, ["metadata"] = new JsonObject { ["name"] = "violation", ["namespace"] = "default" } };
        JsonObject node = root;
        var type = kind.RootType;
        var path = rule.SchemaPath;
        var position = 0;
        while (position < path.Length)
        {
            var end = position + 1;
            while (end < path.Length && path[end] is not ('.' or '[' or '{'))
            {
                end++;
            }

            var name = path[(position + 1)..end];
            var property = SchemaWalk.PropertyOf(type, name);
            if (property < 0 || SchemaTable.Properties[property].Type < 0)
            {
                return null;
            }

            var next = new JsonObject();
            var element = end < path.Length ? path[end] : '.';
            node[name] = element switch
            {
                '[' => new JsonArray(next),
                '{' => new JsonObject { ["k"] = next },
                _ => next,
            };
            position = element is '[' or '{' ? end + 2 : end;
            node = next;
            type = SchemaTable.Properties[property].Type;
        }

        var field = SchemaWalk.PropertyOf(type, rule.FixField!);
        if (field < 0)
        {
            return null;
        }

        node[rule.FixField!] = ValueOf(SchemaTable.Properties[field]);
        node[rule.FixDiscriminator!] = rule.FixField == rule.FixDiscriminator ? "other.example.com" : rule.FixValue + "Other";
        return root;
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
