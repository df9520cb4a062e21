using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using EnvoyGateway.Dsl.Cel;
using EnvoyGateway.Dsl.Rules.Schema;
using Xunit.Abstractions;

namespace EnvoyGateway.Dsl.Tool.Tests;

/// <summary>
/// A constant violation of the CEL rules of the newest release that neither the upstream cases
/// (<see cref="CelEditTimeParityTests"/>) nor the quick-fix test (<see cref="CelFixRuleViolationTests"/>) reaches,
/// found by search: at the rule's node, the required fields filled from the schema table, then the fields the rule
/// names set one by one and in pairs to values from the schema (its allowed values, the rule's literals, edges of numbers, durations,
/// empty and duplicate lists, the parts of nested objects), until the build reports the rule. Each object found is imported as C# and its EG2100
/// findings compared with the build's, as for the upstream cases; with every constant made opaque, the analyzer
/// reports nothing the build does not.
/// </summary>
public sealed partial class CelRuleViolationSearchTests(ITestOutputHelper output)
{
    private const int MaxCandidates = 400;

    [Fact]
    public async Task Rules_reached_by_a_searched_violation_are_reported_at_edit_time_as_at_build_time()
    {
        var release = EnvoyGatewayVersion.Newest;
        var bit = 1UL << release.Index;
        var apiVersionOf = CelRuleObjects.ApiVersions();
        var rules = CelRules.All.Where(rule => rule.FixField is null && (rule.Releases & bit) != 0).ToList();
        var problems = new List<string>();
        var notFound = new List<string>();
        var compared = 0;
        using var folder = new TempFolder();
        foreach (var rule in rules)
        {
            if (Search(rule, apiVersionOf(rule), release) is not { } document)
            {
                notFound.Add(rule.Key);
                continue;
            }

            var file = folder.Write(CelRuleObjects.FileName(rule), document);
            var (_, problem) = await CelRuleObjects.CompareEditTime(file);
            compared++;
            if (problem is not null)
            {
                problems.Add($"{rule.Key}: {problem}\n{document}");
            }
        }

        output.WriteLine($"{rules.Count} rules of {release} without a quick fix: a violation found and compared for {compared}, none found for {notFound.Count}, {problems.Count} problems");
        output.WriteLine("Not found: " + string.Join(", ", notFound));
        foreach (var problem in problems)
        {
            output.WriteLine(problem);
        }

        Assert.Empty(problems);

        // The search must keep reaching most rules: it found 0 when a refactoring broke it silently.
        Assert.True(compared > rules.Count / 2, $"violations found for only {compared} of {rules.Count} rules");
    }

    /// <summary>The first candidate whose build reports the rule, as YAML; null when none does.</summary>
    private static string? Search(CelRuleInfo rule, string apiVersion, EnvoyGatewayVersion release)
    {
        if (CelRuleObjects.NodeOf(rule, release.Index) is not { } ruleNode)
        {
            return null;
        }

        var mark = $"(CEL rule {rule.Key})";
        foreach (var candidate in NodeCandidates(rule, ruleNode.Property, ruleNode.IsItem, release.Index).Take(MaxCandidates))
        {
            var yaml = CelRuleObjects.Yaml(ruleNode.Around(apiVersion, candidate));
            try
            {
                if (ManifestSet.Parse(yaml).SelectMany(resource => resource.Validate(release)).Any(d => d.Id == "EG2100" && d.Message.EndsWith(mark, StringComparison.Ordinal)))
                {
                    return yaml;
                }
            }
            catch (ManifestParseException)
            {
                // A value the model cannot hold (a number where it wants a string): not a candidate.
            }
        }

        return null;
    }

    /// <summary>The node as the rule sees it: an object, a list or map of them, an item, or a scalar.</summary>
    private static IEnumerable<JsonNode> NodeCandidates(CelRuleInfo rule, int nodeProperty, bool isItem, int release)
    {
        var property = SchemaTable.Properties[nodeProperty];
        var literals = Literals(rule.Rule);
        var items = property.Type >= 0 ? ObjectCandidates(property.Type, NamedFields(rule.Rule), literals, release) : Scalar(property, literals, release);
        if (isItem || property.Shape is SchemaShape.Object or SchemaShape.Scalar)
        {
            foreach (var item in items)
            {
                yield return item;
            }
        }
        else if (property.Shape == SchemaShape.List)
        {
            var plain = Plain(nodeProperty, release, 1) is JsonArray { Count: 1 } one ? one[0]! : JsonValue.Create("x");
            foreach (var item in items)
            {
                yield return new JsonArray(item.DeepClone());
                yield return new JsonArray(item.DeepClone(), item.DeepClone());
                yield return new JsonArray(plain.DeepClone(), item.DeepClone());
            }

            yield return new JsonArray();
        }
        else
        {
            foreach (var item in items)
            {
                yield return new JsonObject { ["k"] = item };
            }
        }
    }

    /// <summary>The required fields filled; then each named field (every field when the rule names none) left out, and set to each of its values; then pairs.</summary>
    private static IEnumerable<JsonObject> ObjectCandidates(int type, HashSet<string> named, string[] literals, int release)
    {
        var fields = Fields(type, release).Where(p => named.Count == 0 || named.Contains(SchemaTable.Properties[p].JsonName)).ToList();
        yield return Fill(type, release);
        foreach (var field in fields)
        {
            var without = Fill(type, release);
            without.Remove(SchemaTable.Properties[field].JsonName);
            yield return without;
            foreach (var value in Values(field, literals, release))
            {
                var with = Fill(type, release);
                with[SchemaTable.Properties[field].JsonName] = value;
                yield return with;
            }
        }

        for (var i = 0; i < fields.Count; i++)
        {
            for (var j = i + 1; j < fields.Count; j++)
            {
                foreach (var first in Values(fields[i], literals, release).Take(6))
                {
                    foreach (var second in Values(fields[j], literals, release).Take(6))
                    {
                        var both = Fill(type, release);
                        both[SchemaTable.Properties[fields[i]].JsonName] = first.DeepClone();
                        both[SchemaTable.Properties[fields[j]].JsonName] = second;
                        yield return both;
                    }
                }
            }
        }
    }

    /// <summary>The names after <c>self.</c> in the rule, and those a macro's variable reaches (<c>x.name</c>).</summary>
    private static HashSet<string> NamedFields(string rule)
        => [.. FieldReference().Matches(rule).Select(match => match.Groups[1].Value)];

    private static IEnumerable<int> Fields(int type, int release)
    {
        var owner = SchemaTable.Types[type];
        return Enumerable.Range(owner.FirstProperty, owner.PropertyCount).Where(p => SchemaTable.Properties[p].RulesIn(1u << release) is not null);
    }

    /// <summary>An object of the type with its required fields, each at its first allowed or plainest value.</summary>
    private static JsonObject Fill(int type, int release, int depth = 0)
    {
        var filled = new JsonObject();
        foreach (var p in Fields(type, release))
        {
            if (SchemaTable.Properties[p].RulesIn(1u << release)!.Required && depth < 6)
            {
                filled[SchemaTable.Properties[p].JsonName] = Plain(p, release, depth + 1);
            }
        }

        return filled;
    }

    private static JsonNode Plain(int p, int release, int depth)
    {
        var property = SchemaTable.Properties[p];
        JsonNode Item() => property.Scalar == SchemaScalar.Object && property.Type >= 0 ? Fill(property.Type, release, depth) : Scalar(property, [], release).First();
        return property.Shape switch
        {
            SchemaShape.Object => property.Type >= 0 ? Fill(property.Type, release, depth) : new JsonObject(),
            SchemaShape.List => new JsonArray(Item()),
            SchemaShape.Map => new JsonObject { ["k"] = Item() },
            _ => Item(),
        };
    }

    /// <summary>The values a field is tried with.</summary>
    private static IEnumerable<JsonNode> Values(int p, string[] literals, int release)
    {
        var property = SchemaTable.Properties[p];
        switch (property.Shape)
        {
            case SchemaShape.Object when property.Type >= 0:
                yield return Fill(property.Type, release);

                // Its own parts set (filled), before its scalars: pairs take the first few values only.
                foreach (var inner in Fields(property.Type, release))
                {
                    if (SchemaTable.Properties[inner] is { Type: >= 0 } part && !SchemaTable.Properties[inner].RulesIn(1u << release)!.Required)
                    {
                        var variant = Fill(property.Type, release);
                        variant[part.JsonName] = Plain(inner, release, 1);
                        yield return variant;
                    }
                }

                foreach (var inner in Fields(property.Type, release))
                {
                    if (SchemaTable.Properties[inner].Shape == SchemaShape.Scalar)
                    {
                        foreach (var value in Scalar(SchemaTable.Properties[inner], literals, release))
                        {
                            var variant = Fill(property.Type, release);
                            variant[SchemaTable.Properties[inner].JsonName] = value;
                            yield return variant;
                        }
                    }
                }

                break;
            case SchemaShape.List:
                var item = Plain(p, release, 1) is JsonArray { Count: 1 } one ? one[0]! : JsonValue.Create("x");
                yield return new JsonArray(item.DeepClone());
                yield return new JsonArray(item.DeepClone(), item.DeepClone());
                yield return new JsonArray();
                if (property.Scalar != SchemaScalar.Object)
                {
                    foreach (var value in Scalar(property, literals, release))
                    {
                        yield return new JsonArray(value);
                    }
                }

                break;
            case SchemaShape.Map:
                yield return Plain(p, release, 1);
                yield return new JsonObject();
                break;
            default:
                foreach (var value in Scalar(property, literals, release))
                {
                    yield return value;
                }

                break;
        }
    }

    /// <summary>A scalar's values: its allowed ones and one other, or plain values of its type; for strings also the rule's own literals and a long one.</summary>
    private static IEnumerable<JsonNode> Scalar(SchemaProperty property, string[] literals, int release)
    {
        var rules = property.RulesIn(1u << release);
        if (rules is { Facts: >= 0 } && SchemaTable.Facts[rules.Facts] is { } facts && (facts.EnumValues ?? (facts.Element >= 0 ? SchemaTable.Facts[facts.Element].EnumValues : null)) is { } allowed)
        {
            foreach (var value in allowed)
            {
                yield return JsonValue.Create(value);
            }

            yield return JsonValue.Create("Other");
            foreach (var literal in literals.Except(allowed))
            {
                yield return JsonValue.Create(literal);
            }

            yield break;
        }

        switch (property.Scalar)
        {
            case SchemaScalar.Integer:
                foreach (var number in new long[] { 1, 0, -1, 2, 100, 65536, 2147483648 })
                {
                    yield return JsonValue.Create(number);
                }

                break;
            case SchemaScalar.Number:
                yield return JsonValue.Create(1.5);
                yield return JsonValue.Create(0.0);
                yield return JsonValue.Create(-1.0);
                yield return JsonValue.Create(101.0);
                break;
            case SchemaScalar.Boolean:
                yield return JsonValue.Create(true);
                yield return JsonValue.Create(false);
                break;
            case SchemaScalar.IntOrString:
                yield return JsonValue.Create(1);
                yield return JsonValue.Create("50%");
                yield return JsonValue.Create("x");
                break;
            case SchemaScalar.FreeForm or SchemaScalar.Object:
                yield return new JsonObject();
                break;
            default:
                foreach (var text in new[] { "x", "", "0", "1s", "0s", "1ms", "10000h", "/path", "a.b", "UPPER", "http://example.com", "1.2.3.4/32", "-" }.Concat(literals))
                {
                    yield return JsonValue.Create(text);
                }

                yield return JsonValue.Create(new string('a', 1100));

                break;
        }
    }

    /// <summary>The string literals of the rule (<c>'Replace'</c>): values it compares with.</summary>
    private static string[] Literals(string rule)
        => [.. StringLiteral().Matches(rule).Select(match => match.Groups[1].Value).Distinct()];

    [GeneratedRegex(@"\.([a-zA-Z_][a-zA-Z0-9_]*)")]
    private static partial Regex FieldReference();

    [GeneratedRegex(@"'([^'\\]*)'")]
    private static partial Regex StringLiteral();
}
