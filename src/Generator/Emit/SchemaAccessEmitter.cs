using EnvoyGateway.Dsl.Generator.Model;

namespace EnvoyGateway.Dsl.Generator.Emit;

/// <summary>
/// Writes the run-time half of the schema table: for each property of <see cref="SchemaTableEmitter"/>'s
/// table (same index), how to read its value from a model object, as one switch (no reflection). Not linked
/// into the analyzer, which reads initializers instead.
/// </summary>
internal static class SchemaAccessEmitter
{
    public const string RelativePath = ModelEmitter.GeneratedFolder + "/Schema/SchemaAccess.cs";

    public static string Emit(UnionModel model)
    {
        var w = new CodeWriter();
        w.Line(CodeWriter.Header.TrimEnd('\n'));
        w.Line();
        w.Line("namespace EnvoyGateway.Dsl.Validation;");
        w.Line();
        w.Doc("summary", "Reads a property of SchemaTable.Properties from a model object: its value (scalars boxed, lists and maps as they are), whether it is set, and its number.");
        w.Open("internal static class SchemaAccess");
        Switch(w, model, "The value of property <paramref name=\"property\"/> (an index into SchemaTable.Properties) of <paramref name=\"owner\"/>, an instance of its owning type.", "object?", "Value", "throw new ArgumentOutOfRangeException(nameof(property))", static (_, read) => $"(object?){read}");

        // Typed, so that the walk's most frequent questions (is it set? which number?) box nothing.
        w.Line();
        Switch(w, model, "Whether property <paramref name=\"property\"/> of <paramref name=\"owner\"/> is set: not null, and for a list or map not empty.", "bool", "IsSet", "throw new ArgumentOutOfRangeException(nameof(property))", static (property, read) => property.IsCollection ? $"{read} is {{ Count: > 0 }}" : $"{read} is not null");
        w.Line();
        Switch(w, model, "Property <paramref name=\"property\"/> of <paramref name=\"owner\"/> as a number: an integer or number, or an int-or-string holding an integer; null otherwise.", "double?", "Number", "null", static (property, read) => property.Shape.Kind switch
        {
            ShapeKind.Integer or ShapeKind.Number => $"(double?){read}",
            ShapeKind.IntOrString => $"{read} is {{ IsString: false }} number ? number.IntValue : (double?)null",
            _ => null,
        });
        w.Close();
        return w.ToString();
    }

    /// <summary>
    /// One method over every property of the table, by index: a switch on the owning type into one small switch
    /// per type. One switch with an arm per property (about 3,000 arms, 36 KB of IL) made build time's schema
    /// walk more than twice as slow (docs/performance.md). <paramref name="arm"/> gives an arm's expression
    /// from the typed read, or null to leave the property to the fallback.
    /// </summary>
    private static void Switch(CodeWriter w, UnionModel model, string summary, string returns, string name, string fallback, Func<ModelProperty, string, string?> arm)
    {
        var perType = new List<(int TypeIndex, ModelType Type, List<string> Arms)>();
        var index = 0;
        foreach (var (type, typeIndex) in model.Types.Select((type, typeIndex) => (type, typeIndex)))
        {
            var arms = new List<string>();
            foreach (var property in type.Properties)
            {
                if (arm(property, $"owner.{property.ReaderName}") is { } expression)
                {
                    arms.Add($"{index} => {expression},");
                }

                index++;
            }

            if (arms.Count > 0)
            {
                perType.Add((typeIndex, type, arms));
            }
        }

        w.DocXml("summary", summary);
        w.Open($"public static {returns} {name}(object owner, int property) => global::EnvoyGateway.Dsl.Rules.Schema.SchemaTable.Properties[property].Owner switch");
        foreach (var (typeIndex, type, _) in perType)
        {
            w.Line($"{typeIndex} => {name}((global::{type.FullName})owner, property),");
        }

        w.Line($"_ => {fallback},");
        w.Close("};");
        foreach (var (_, type, arms) in perType)
        {
            w.Line();
            w.Open($"private static {returns} {name}(global::{type.FullName} owner, int property) => property switch");
            foreach (var line in arms)
            {
                w.Line(line);
            }

            w.Line($"_ => {fallback},");
            w.Close("};");
        }
    }
}
