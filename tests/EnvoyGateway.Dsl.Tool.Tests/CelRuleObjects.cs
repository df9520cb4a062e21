using System.Text.Json;
using System.Text.Json.Nodes;
using EnvoyGateway.Dsl.Cel;
using EnvoyGateway.Dsl.Rules.Schema;

namespace EnvoyGateway.Dsl.Tool.Tests;

/// <summary>Objects built from the schema table around a CEL rule's node, for the synthesized-violation tests.</summary>
internal static class CelRuleObjects
{
    /// <summary>The apiVersion of each kind, from the upstream CEL cases; a kind without cases (the experimental XBackend) as v1alpha1 of its group.</summary>
    public static Func<CelRuleInfo, string> ApiVersions()
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

        return rule => versions.GetValueOrDefault(rule.Kind) ?? SchemaTable.Kinds.FirstOrDefault(k => k.Kind == rule.Kind)?.Group + "/v1alpha1";
    }

    /// <summary>The YAML of an object built here.</summary>
    public static string Yaml(JsonObject document) => JsonAsYaml.Convert(JsonDocument.Parse(document.ToJsonString()).RootElement);

    /// <summary>A file name for the rule's object (its key without the characters paths refuse).</summary>
    public static string FileName(CelRuleInfo rule)
        => rule.Key.Replace('@', '-').Replace('[', '_').Replace(']', '_').Replace('{', '_').Replace('}', '_') + ".yaml";

    /// <summary>
    /// Imports <paramref name="file"/> as C# and compares the analyzer's EG2100 findings (release 1.9) with the
    /// build's: the same, and with every constant made a call none the build lacks (the analyzer may lose findings it
    /// can no longer decide, never add one). The build's findings, and the first difference or null.
    /// </summary>
    public static async Task<(List<string> Built, string? Problem)> CompareEditTime(string file)
    {
        var import = CliRun.Of("import", file);
        if (import.ExitCode != 0)
        {
            return ([], "import failed: " + import.Stderr);
        }

        var built = CelEditTimeParityTests.BuildTime(file);
        var edit = await CelEditTimeParityTests.EditTime(import.Stdout, opaque: false);
        if (!built.SequenceEqual(edit))
        {
            return (built, $"build [{string.Join(" | ", built)}] edit [{string.Join(" | ", edit)}]");
        }

        var opaque = await CelEditTimeParityTests.EditTime(import.Stdout, opaque: true);
        return opaque.Except(built).Any()
            ? (built, $"with every constant opaque the analyzer reports [{string.Join(" | ", opaque.Except(built))}], which the build does not")
            : (built, null);
    }

    /// <summary>
    /// Where the rule's node is in its kind, followed once from the rule's schema path: every step leads to an
    /// object, list item or map value, the last may hold scalars (a rule on a string or on a list of them). Null
    /// when the path cannot be followed in the release.
    /// </summary>
    public static RuleNode? NodeOf(CelRuleInfo rule, int release)
    {
        var kind = SchemaTable.Kinds.FirstOrDefault(k => k.Kind == rule.Kind && (k.Releases & (1u << release)) != 0);
        if (kind is null)
        {
            return null;
        }

        var steps = new List<(string Name, char Element, int Property)>();
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
            var element = end < path.Length ? path[end] : '.';
            var next = element is '[' or '{' ? end + 2 : end;
            if (property < 0 || (SchemaTable.Properties[property].Type < 0 && next < path.Length))
            {
                return null;
            }

            steps.Add((name, element, property));
            type = SchemaTable.Properties[property].Type;
            position = next;
        }

        return steps.Count == 0 ? null : new RuleNode(rule, steps);
    }

    /// <summary>A rule's node in its kind (<see cref="NodeOf"/>).</summary>
    internal sealed class RuleNode(CelRuleInfo rule, List<(string Name, char Element, int Property)> steps)
    {
        /// <summary>The property whose value holds the node.</summary>
        public int Property => steps[^1].Property;

        /// <summary>Whether the node is one item (or map value) of <see cref="Property"/> rather than its value.</summary>
        public bool IsItem => steps[^1].Element != '.';

        /// <summary>The kind with <paramref name="node"/> at the rule's node, every step on the way one object, list item or map value.</summary>
        public JsonObject Around(string apiVersion, JsonNode node)
        {
            var root = new JsonObject { ["apiVersion"] = apiVersion, ["kind"] = rule.Kind, ["metadata"] = new JsonObject { ["name"] = "violation", ["namespace"] = "default" } };
            var parent = root;
            for (var i = 0; i < steps.Count; i++)
            {
                var (name, element, _) = steps[i];
                var next = i == steps.Count - 1 ? node : new JsonObject();
                parent[name] = element switch
                {
                    '[' => new JsonArray(next),
                    '{' => new JsonObject { ["k"] = next },
                    _ => next,
                };
                if (next is JsonObject inner)
                {
                    parent = inner;
                }
            }

            return root;
        }
    }
}
