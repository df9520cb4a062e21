using EnvoyGateway.Dsl.Generator.Model;

namespace EnvoyGateway.Dsl.Generator.Emit;

/// <summary>
/// Writes build time's walk of a resource tree: one method per model type that checks the object (through
/// the one interpreter of the schema rules, SchemaWalk) and enters its object parts, typed, in table order.
/// It replaces a loop that read every part through <see cref="SchemaAccessEmitter"/>'s switch and tested
/// its type; the rules stay in SchemaWalk, so this holds no knowledge of its own besides the tree's shape.
/// Not linked into the analyzer, which walks initializers instead.
/// </summary>
internal static class SchemaTreeEmitter
{
    public const string RelativePath = ModelEmitter.GeneratedFolder + "/Schema/SchemaTreeWalk.cs";

    public static string Emit(UnionModel model)
    {
        var types = model.Types.Select((type, index) => (Type: type, Index: index)).ToList();
        var w = new CodeWriter();
        w.Line(CodeWriter.Header.TrimEnd('\n'));
        w.Line();
        w.Line("namespace EnvoyGateway.Dsl.Validation;");
        w.Line();
        w.Doc("summary", "Checks every object of a resource's tree against the schema (SchemaWalk) and enters its object parts, so that findings get their path and source; the parts of a property are entered only in the releases that have it.");
        w.Open("internal static class SchemaTreeWalk");
        w.DocXml("summary", "Walks <paramref name=\"resource\"/>, an instance of the root type <paramref name=\"type\"/> of a kind (an index into SchemaTable.Types).");
        w.Open("public static void Walk(int type, KubernetesObject resource, SchemaTree tree)");
        w.Open("switch (type)");
        foreach (var (type, index) in types.Where(t => t.Type.Kind is not null))
        {
            w.Line($"case {index}: Walk((global::{type.FullName})resource, tree); return;");
        }

        w.Line("default: throw new ArgumentOutOfRangeException(nameof(type));");
        w.Close();
        w.Close();
        foreach (var (type, index) in types)
        {
            w.Line();
            EmitType(w, type, index);
        }

        w.Close();
        return w.ToString();
    }

    private static void EmitType(CodeWriter w, ModelType type, int index)
    {
        w.Open($"private static void Walk(global::{type.FullName} value, SchemaTree tree)");
        w.Line($"tree.Check({index}, value);");
        var n = 0;
        foreach (var property in type.Properties)
        {
            // Pattern variables of an if's condition belong to the method's scope: each gets its own number.
            n++;
            var shape = property.Shape;
            var releases = $"0x{property.Releases.Bits:X}u";
            var json = CodeWriter.Literal(property.JsonName);
            switch (shape.Kind)
            {
                case ShapeKind.Object:
                    w.Open($"if (tree.In({releases}) && value.{property.CSharpName} is {{ }} part{n})");
                    w.Line($"tree.Enter({json}, part{n});");
                    w.Line($"Walk(part{n}, tree);");
                    w.Line("tree.Exit();");
                    w.Close();
                    break;
                case ShapeKind.List when shape.Element!.Kind == ShapeKind.Object:
                    w.Open($"if (tree.In({releases}) && value.{property.ReaderName} is {{ Count: > 0 }} items{n})");
                    w.Open($"for (var i = 0; i < items{n}.Count; i++)");
                    w.Open($"if (items{n}[i] is {{ }} item)");
                    w.Line($"tree.Enter({json}, item, i);");
                    w.Line("Walk(item, tree);");
                    w.Line("tree.Exit();");
                    w.Close();
                    w.Close();
                    w.Close();
                    break;
                case ShapeKind.Map when shape.Element!.Kind == ShapeKind.Object:
                    w.Open($"if (tree.In({releases}) && value.{property.ReaderName} is {{ Count: > 0 }} entries{n})");
                    w.Open($"foreach (var entry in entries{n})");
                    w.Open("if (entry.Value is { } item)");
                    w.Line($"tree.Enter({json}, value);");
                    w.Line("tree.Enter(entry.Key, item);");
                    w.Line("Walk(item, tree);");
                    w.Line("tree.Exit();");
                    w.Line("tree.Exit();");
                    w.Close();
                    w.Close();
                    w.Close();
                    break;
            }
        }

        w.Close();
    }
}
