namespace EnvoyGateway.Dsl.Tool.Import;

// The shapes of the generated ImportTable (src/Tool/Generated, written by src/Generator/Emit/ImportTableEmitter.cs).

/// <summary>A kind: its API group and name, the full C# name of its root type, the releases that have it.</summary>
internal sealed record ImportKind(string Group, string Kind, string RootType, uint Releases);

/// <summary>A closed set's holder class and the constant that spells each allowed value.</summary>
internal sealed record ImportClosedSet(string Namespace, string Name, (string Value, string Constant)[] Constants)
{
    public string FullName => Namespace + "." + Name;
}

/// <summary>A model type: its C# name, the JSON names some release requires, its properties in JSON-name order.</summary>
internal sealed record ImportType(string Namespace, string Name, string[] Required, ImportProperty[] Properties)
{
    public string FullName => Namespace + "." + Name;
}

/// <summary>
/// One C# property of a type under its JSON name. A variant (<paramref name="VariantReleases"/> not 0)
/// holds the JSON field in those releases instead of the property of the same JSON name.
/// </summary>
internal sealed record ImportProperty(string JsonName, string CSharpName, ImportShape Shape, string? ClosedSet = null, uint VariantReleases = 0);

internal enum ImportShapeKind
{
    String,
    Integer,
    Number,
    Boolean,
    IntOrString,
    FreeForm,
    Object,
    List,
    Map,
}

/// <summary>What a property holds; <see cref="Name"/> is the C# scalar type of a number or the full name of an object type.</summary>
internal sealed record ImportShape(ImportShapeKind Kind, string? Name = null, ImportShape? Element = null)
{
    public static ImportShape String { get; } = new(ImportShapeKind.String);

    public static ImportShape Boolean { get; } = new(ImportShapeKind.Boolean);

    public static ImportShape IntOrString { get; } = new(ImportShapeKind.IntOrString);

    public static ImportShape FreeForm { get; } = new(ImportShapeKind.FreeForm);

    public static ImportShape Integer(string csharpType) => new(ImportShapeKind.Integer, csharpType);

    public static ImportShape Number(string csharpType) => new(ImportShapeKind.Number, csharpType);

    public static ImportShape Object(string fullName) => new(ImportShapeKind.Object, fullName);

    public static ImportShape List(ImportShape element) => new(ImportShapeKind.List, Element: element);

    public static ImportShape Map(ImportShape element) => new(ImportShapeKind.Map, Element: element);
}
