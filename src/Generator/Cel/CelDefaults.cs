using System.Globalization;
using System.Text.Json;
using EnvoyGateway.Dsl.Generator.Model;
using EnvoyGateway.Dsl.Generator.Releases;

namespace EnvoyGateway.Dsl.Generator.Cel;

/// <summary>A schema default (JSON) as C#: of the model type of its shape (build time), or as an analyzer CelValue (edit time).</summary>
internal static class CelDefaults
{
    /// <summary>The default as edit time's CelValue (<paramref name="value"/> names its type): objects are maps of their JSON names.</summary>
    public static string Edit(JsonElement json, string value) => json.ValueKind switch
    {
        JsonValueKind.String => $"{value}.String({CelTranslator.Quote(json.GetString()!)})",
        JsonValueKind.Number when json.TryGetInt64(out var number) => $"{value}.Int({number.ToString(CultureInfo.InvariantCulture)}L)",
        JsonValueKind.Number => $"{value}.Double({json.GetDouble().ToString("R", CultureInfo.InvariantCulture)})",
        JsonValueKind.True => $"{value}.True",
        JsonValueKind.False => $"{value}.False",
        JsonValueKind.Array => $"{value}.List({string.Join(", ", json.EnumerateArray().Select(item => Edit(item, value)))})",
        JsonValueKind.Object => $"{value}.Map({string.Join(", ", json.EnumerateObject().Select(field => $"({CelTranslator.Quote(field.Name)}, {Edit(field.Value, value)})"))})",
        _ => $"{value}.Null",
    };

    public static string? CSharp(PropertyShape shape, JsonElement value, Release release)
    {
        switch (shape.Kind, value.ValueKind)
        {
            case (ShapeKind.String, JsonValueKind.String):
                return CelTranslator.Quote(value.GetString()!);
            case (ShapeKind.Integer, JsonValueKind.Number) when value.TryGetInt64(out var number):
                return number.ToString(CultureInfo.InvariantCulture) + (shape.IntegerFormat == "int32" ? "" : "L");
            case (ShapeKind.Boolean, JsonValueKind.True or JsonValueKind.False):
                return value.GetBoolean() ? "true" : "false";
            case (ShapeKind.List, JsonValueKind.Array):
                var items = value.EnumerateArray().Select(item => CSharp(shape.Element!, item, release)).ToList();
                return items.Any(i => i is null) ? null : $"new {CelType.CSharp(shape)} {{ {string.Join(", ", items)} }}";
            case (ShapeKind.Object, JsonValueKind.Object):
                var assignments = new List<string>();
                foreach (var field in value.EnumerateObject())
                {
                    var property = shape.Type!.Properties.FirstOrDefault(p => p.JsonName == field.Name && p.Releases.Contains(release));
                    if (property is null || property.CSharpTypeOverride is not null || CSharp(property.Shape, field.Value, release) is not { } fieldValue)
                    {
                        return null;
                    }

                    assignments.Add($"{property.CSharpName} = {fieldValue}");
                }

                return $"new {CelType.CSharp(shape)}() {{ {string.Join(", ", assignments)} }}";
            default:
                return null;
        }
    }
}
