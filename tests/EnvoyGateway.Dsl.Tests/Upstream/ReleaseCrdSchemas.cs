using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace EnvoyGateway.Dsl.Tests.Upstream;

/// <summary>
/// The openAPIV3Schema of every CRD version of one release (src/Generator/Input/&lt;release&gt;/crds) as JSON
/// Schema 2020-12, converted as <see cref="Schema.CrdSchema"/> converts v0.6's BackendTrafficPolicy: the
/// <c>x-kubernetes-*</c> extensions dropped (CEL is the rule catalog's), and every object that lists its
/// properties closed, as strict field validation does.
/// </summary>
internal sealed class ReleaseCrdSchemas
{
    private readonly Dictionary<(string Group, string Kind, string Version), object?> _definitions = [];
    private readonly ConcurrentDictionary<(string Group, string Kind, string Version), JsonSchema> _schemas = new();

    public ReleaseCrdSchemas(string crdFolder)
    {
        foreach (var file in Directory.EnumerateFiles(crdFolder, "*.yaml").Order(StringComparer.Ordinal))
        {
            foreach (var crd in DataTree.Stream(File.ReadAllText(file)).OfType<SortedDictionary<string, object?>>())
            {
                if (crd.GetValueOrDefault("spec") is not SortedDictionary<string, object?> spec
                    || spec.GetValueOrDefault("names") is not SortedDictionary<string, object?> names
                    || spec.GetValueOrDefault("versions") is not List<object?> versions)
                {
                    continue;
                }

                foreach (var version in versions.OfType<SortedDictionary<string, object?>>())
                {
                    if (version.GetValueOrDefault("schema") is SortedDictionary<string, object?> schema)
                    {
                        _definitions[((string)spec["group"]!, (string)names["kind"]!, (string)version["name"]!)] = schema.GetValueOrDefault("openAPIV3Schema");
                    }
                }
            }
        }
    }

    /// <summary>Each failing keyword as <c>/instance/location: keyword: message</c>; empty when the document is valid.</summary>
    public IReadOnlyList<string> Errors(string group, string kind, string version, object? document)
    {
        if (!_definitions.ContainsKey((group, kind, version)))
        {
            return [$"no CRD schema for {group}/{version} {kind}"];
        }

        var schema = _schemas.GetOrAdd((group, kind, version), key =>
        {
            var json = (JsonObject)ToJsonSchema(_definitions[key])!;
            json["$schema"] = "https://json-schema.org/draft/2020-12/schema";
            return JsonSchema.FromText(json.ToJsonString());
        });
        using var instance = JsonDocument.Parse(DataTree.Json(document));
        var results = schema.Evaluate(instance.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return results.IsValid
            ? []
            : [.. (results.Details ?? []).Prepend(results).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))];
    }

    private static JsonNode? ToJsonSchema(object? node)
    {
        switch (node)
        {
            case SortedDictionary<string, object?> map:
                var result = new JsonObject();
                foreach (var (key, value) in map)
                {
                    // Kubernetes formats are not JSON Schema's (duration is Go's "5s", not ISO 8601's "PT5S"): the
                    // rule catalog checks them.
                    if (!key.StartsWith("x-kubernetes-", StringComparison.Ordinal) && key != "format")
                    {
                        result[key] = key == "properties" ? Properties((SortedDictionary<string, object?>)value!) : ToJsonSchema(value);
                    }
                }

                if (map.ContainsKey("properties") && !map.ContainsKey("additionalProperties") && !map.ContainsKey("x-kubernetes-preserve-unknown-fields"))
                {
                    result["additionalProperties"] = false;
                }

                // OpenAPI 3.0's boolean exclusiveMinimum/exclusiveMaximum are JSON Schema's numeric ones.
                foreach (var (exclusive, bound) in new[] { ("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum") })
                {
                    if (result[exclusive] is JsonValue flag && flag.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
                    {
                        result.Remove(exclusive);
                        if (flag.GetValue<bool>() && result[bound] is { } limit)
                        {
                            result.Remove(bound);
                            result[exclusive] = limit;
                        }
                    }
                }

                // x-kubernetes-int-or-string: the schema has no type; allow both.
                if (map.TryGetValue("x-kubernetes-int-or-string", out var intOrString) && intOrString is true)
                {
                    result.Remove("type");
                    result["type"] = new JsonArray("integer", "string");
                }

                return result;
            case List<object?> list:
                return new JsonArray([.. list.Select(ToJsonSchema)]);
            case string text:
                return JsonValue.Create(text);
            case double number:
                return number == Math.Floor(number) ? JsonValue.Create((long)number) : JsonValue.Create(number);
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
