namespace EnvoyGateway.Dsl.Generator.Model;

internal enum ShapeKind
{
    String,
    Integer,
    Number,
    Boolean,
    Object,
    List,
    Map,

    /// <summary>x-kubernetes-int-or-string: an integer or a string (ports, percentages).</summary>
    IntOrString,

    /// <summary>Any JSON value: x-kubernetes-preserve-unknown-fields, or an object with no properties.</summary>
    FreeForm,
}

/// <summary>
/// What a property holds. Part of a property's identity: the same property must have the same shape
/// in every release and every use, or generation fails (a C# property has one type).
/// </summary>
internal sealed record PropertyShape(ShapeKind Kind, string? IntegerFormat = null, ModelType? Type = null, PropertyShape? Element = null)
{
    public static PropertyShape String { get; } = new(ShapeKind.String);

    public static PropertyShape Number { get; } = new(ShapeKind.Number);

    public static PropertyShape Boolean { get; } = new(ShapeKind.Boolean);

    public static PropertyShape IntOrString { get; } = new(ShapeKind.IntOrString);

    public static PropertyShape FreeForm { get; } = new(ShapeKind.FreeForm);

    public static PropertyShape Integer(string? format) => new(ShapeKind.Integer, format == "int32" ? "int32" : "int64");

    public static PropertyShape Object(ModelType type) => new(ShapeKind.Object, Type: type);

    public static PropertyShape List(PropertyShape element) => new(ShapeKind.List, Element: element);

    public static PropertyShape Map(PropertyShape element) => new(ShapeKind.Map, Element: element);

    /// <summary>The scalar at the bottom of lists and maps (the property itself for a scalar).</summary>
    public PropertyShape Innermost => Element?.Innermost ?? this;

    /// <summary>Readable, for messages and the releases table: <c>list of map of string</c>.</summary>
    public override string ToString() => Kind switch
    {
        ShapeKind.Integer => $"integer({IntegerFormat})",
        ShapeKind.Object => $"object {Type!.FullName}",
        ShapeKind.List => $"list of {Element}",
        ShapeKind.Map => $"map of {Element}",
        _ => Kind.ToString().ToLowerInvariant(),
    };

    public bool Equals(PropertyShape? other)
        => other is not null && Kind == other.Kind && IntegerFormat == other.IntegerFormat
            && ReferenceEquals(Type, other.Type) && Equals(Element, other.Element);

    public override int GetHashCode() => HashCode.Combine(Kind, IntegerFormat, Type?.FullName, Element);
}
