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
        w.Doc("summary", "Reads a property of SchemaTable.Properties from a model object; scalars are boxed, lists and maps returned as they are.");
        w.Open("internal static class SchemaAccess");
        w.Doc("summary", "The value of property <paramref name=\"property\"/> (an index into SchemaTable.Properties) of <paramref name=\"owner\"/>, an instance of its owning type.");
        w.Open("public static object? Value(object owner, int property) => property switch");
        var index = 0;
        foreach (var type in model.Types)
        {
            foreach (var property in type.Properties)
            {
                w.Line($"{index} => ((global::{type.FullName})owner).{property.CSharpName},");
                index++;
            }
        }

        w.Line("_ => throw new ArgumentOutOfRangeException(nameof(property)),");
        w.Close("};");
        w.Close();
        return w.ToString();
    }
}
