using System.Text.Json;
using System.Text.Json.Nodes;
using EnvoyGateway.Dsl.Tests.Oracle;
using Json.Schema;

namespace EnvoyGateway.Dsl.Tests.Schema;

/// <summary>
/// The openAPIV3Schema of Envoy Gateway v0.6.0's BackendTrafficPolicy CRD as a JSON Schema (2020-12).
/// OpenAPI v3 structural schemas are nearly JSON Schema; the conversion drops the <c>x-kubernetes-*</c>
/// extensions (CEL rules, list types: the rule catalog covers those) and closes every object that lists
/// its properties with <c>additionalProperties: false</c>, as the API server's strict field validation
/// (kubectl's default) does: unknown fields are errors, not silently pruned.
/// </summary>
internal static class CrdSchema
{
    public const string CrdFile = "crd-v0.6.0-backendtrafficpolicies.yaml";

    private static readonly Lazy<JsonObject> LazyDefinition = new(Load);
    private static readonly Lazy<JsonSchema> LazySchema = new(() => JsonSchema.FromText(LazyDefinition.Value.ToJsonString()));

    /// <summary>The converted schema as JSON, for structural assertions.</summary>
    public static JsonObject Definition => LazyDefinition.Value;

    public static JsonSchema Schema => LazySchema.Value;

    /// <summary>Evaluates one resource given as JSON text.</summary>
    public static EvaluationResults Evaluate(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    /// <summary>Evaluates one resource given as a <see cref="Tree"/> (e.g. loaded from our YAML).</summary>
    public static EvaluationResults Evaluate(object? tree) => Evaluate(Tree.Render(tree));

    /// <summary>Each failing keyword as <c>/instance/location: keyword: message</c>, for messages.</summary>
    public static IEnumerable<string> Errors(EvaluationResults results)
        => (results.Details ?? []).Prepend(results)
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {Keyword(e.Key, d)}: {e.Value}"));

    // A `false` subschema (our additionalProperties: false) reports no keyword: name the one that holds it.
    private static string Keyword(string key, EvaluationResults result)
    {
        if (key.Length > 0)
        {
            return key;
        }

        var path = result.EvaluationPath.ToString();
        return path[(path.LastIndexOf('/') + 1)..];
    }

    private static JsonObject Load()
    {
        var crd = Tree.FromYamlStream(Fixture.Read("crds", CrdFile)).Single();
        var versions = Assert.IsType<List<object?>>(Tree.At(crd, "spec.versions"));
        var v1alpha1 = Assert.Single(versions, v => Equals(Tree.At(v, "name"), "v1alpha1"));
        var openApi = Tree.At(v1alpha1, "schema.openAPIV3Schema");
        Assert.IsType<SortedDictionary<string, object?>>(openApi);

        var schema = Assert.IsType<JsonObject>(ToJsonSchema(openApi));
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema";
        return schema;
    }

    private static JsonNode? ToJsonSchema(object? node)
    {
        switch (node)
        {
            case SortedDictionary<string, object?> map:
                var result = new JsonObject();
                foreach (var (key, value) in map)
                {
                    if (!key.StartsWith("x-kubernetes-", StringComparison.Ordinal))
                    {
                        // Under "properties" the keys are field names, never keywords: convert the values only.
                        result[key] = key == "properties" ? Properties((SortedDictionary<string, object?>)value!) : ToJsonSchema(value);
                    }
                }

                if (map.ContainsKey("properties") && !map.ContainsKey("additionalProperties") && !map.ContainsKey("x-kubernetes-preserve-unknown-fields"))
                {
                    result["additionalProperties"] = false;
                }

                return result;
            case List<object?> list:
                return new JsonArray([.. list.Select(ToJsonSchema)]);
            case string text:
                return JsonValue.Create(text);
            case long number:
                return JsonValue.Create(number);
            case bool flag:
                return JsonValue.Create(flag);
            default:
                return null;
        }
    }

    private static JsonObject Properties(SortedDictionary<string, object?> properties)
    {
        var result = new JsonObject();
        foreach (var (name, schema) in properties)
        {
            result[name] = ToJsonSchema(schema);
        }

        return result;
    }
}
