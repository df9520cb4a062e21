using EnvoyGateway.Dsl.Generator.Model;

namespace EnvoyGateway.Dsl.Generator.Emit;

/// <summary>
/// Writes what <c>egdsl import</c> needs to turn a YAML tree into C#, so that no kind is listed by
/// hand in the tool: every kind with its root type; every type with its namespace, required members
/// and, per JSON name, the C# property, its shape and the closed set of its innermost scalar; every
/// closed set with the constant name of each value (the same names as the holder classes).
/// </summary>
internal static class ImportTableEmitter
{
    public const string Folder = "src/Tool/Generated";

    public const string RelativePath = Folder + "/ImportTable.cs";

    public static string Emit(UnionModel model)
    {
        var w = new CodeWriter();
        w.Line(CodeWriter.Header.TrimEnd('\n'));
        w.Line();
        w.Line("namespace EnvoyGateway.Dsl.Tool.Import;");
        w.Line();
        w.Doc("summary", "The importer's knowledge of the model, generated from the same union model as the model types. Release sets are bitmasks over EnvoyGatewayVersion.Supported.");
        w.Open("internal static class ImportTable");
        w.Doc("summary", "Every kind: (API group, kind, root type, releases).");
        w.Line("public static ImportKind[] Kinds { get; } =");
        w.Line("[");
        foreach (var kind in model.Kinds)
        {
            w.Line($"    new({CodeWriter.Literal(kind.Group)}, {CodeWriter.Literal(kind.Kind)}, {CodeWriter.Literal(kind.RootType.FullName)}, 0x{kind.Releases.Bits:X}u),");
        }

        w.Line("];");
        w.Line();
        w.Doc("summary", "Every closed set: (namespace, holder, (value, constant) pairs).");
        w.Line("public static ImportClosedSet[] ClosedSets { get; } =");
        w.Line("[");
        foreach (var closedSet in model.ClosedSets)
        {
            var constants = ClosedSetConstantNames.Of(closedSet).Select(c => $"({CodeWriter.Literal(c.Value)}, {CodeWriter.Literal(c.Name)})");
            w.Line($"    new({CodeWriter.Literal(closedSet.Namespace)}, {CodeWriter.Literal(closedSet.Name)}, [{string.Join(", ", constants)}]),");
        }

        w.Line("];");
        w.Line();
        w.Doc("summary", "Every type: (namespace, name, JSON names of members some release requires, properties by JSON name).");
        w.Line("public static ImportType[] Types { get; } =");
        w.Line("[");
        foreach (var type in model.Types)
        {
            var required = type.Properties.Where(p => !p.RequiredIn.IsEmpty).Select(p => CodeWriter.Literal(p.JsonName)).Distinct();
            w.Line($"    new({CodeWriter.Literal(type.Namespace)}, {CodeWriter.Literal(type.Name)}, [{string.Join(", ", required)}],");
            w.Line("    [");
            foreach (var property in type.Properties)
            {
                w.Line($"        {Property(property)},");
            }

            w.Line("    ]),");
        }

        w.Line("];");
        w.Close();
        return w.ToString();
    }

    private static string Property(ModelProperty property)
    {
        var text = $"new({CodeWriter.Literal(property.JsonName)}, {CodeWriter.Literal(property.CSharpName)}, {Shape(property.Shape, property.CSharpTypeOverride)}";
        if (property.ClosedSet is { } closedSet)
        {
            text += $", ClosedSet: {CodeWriter.Literal(closedSet.FullName)}";
        }

        if (property.VariantName is not null)
        {
            text += $", VariantReleases: 0x{property.Releases.Bits:X}u";
        }

        return text + ")";
    }

    /// <summary>The shape as the tool's <c>ImportShape</c> factory call; a type override applies to the innermost scalar.</summary>
    private static string Shape(PropertyShape shape, string? typeOverride) => shape.Kind switch
    {
        ShapeKind.String => "ImportShape.String",
        ShapeKind.Boolean => "ImportShape.Boolean",
        ShapeKind.IntOrString => "ImportShape.IntOrString",
        ShapeKind.FreeForm => "ImportShape.FreeForm",
        ShapeKind.Integer => $"ImportShape.Integer({CodeWriter.Literal(Innermost(typeOverride) ?? (shape.IntegerFormat == "int32" ? "int" : "long"))})",
        ShapeKind.Number => $"ImportShape.Number({CodeWriter.Literal(Innermost(typeOverride) ?? "double")})",
        ShapeKind.Object => $"ImportShape.Object({CodeWriter.Literal(shape.Type!.FullName)})",
        ShapeKind.List => $"ImportShape.List({Shape(shape.Element!, typeOverride)})",
        ShapeKind.Map => $"ImportShape.Map({Shape(shape.Element!, typeOverride)})",
        _ => throw new InvalidOperationException(shape.Kind.ToString()),
    };

    /// <summary>The scalar type inside an override such as <c>List&lt;uint&gt;</c>.</summary>
    private static string? Innermost(string? typeOverride)
    {
        if (typeOverride is null)
        {
            return null;
        }

        var start = typeOverride.LastIndexOf('<');
        var inner = start < 0 ? typeOverride : typeOverride[(start + 1)..].TrimEnd('>');
        var comma = inner.LastIndexOf(',');
        return (comma < 0 ? inner : inner[(comma + 1)..]).Trim().TrimEnd('?');
    }
}
