using EnvoyGateway.Dsl.Generator.Model;

namespace EnvoyGateway.Dsl.Generator.Cel;

/// <summary>
/// The static type of a translated CEL expression: what the C# code it becomes evaluates to. Model
/// values come from the schema's shapes (<see cref="Of"/>); the others from literals and functions.
/// </summary>
internal abstract record CelType
{
    public sealed record Object(ModelType Type) : CelType;

    public sealed record String : CelType;

    public sealed record Int : CelType;

    public sealed record Double : CelType;

    public sealed record Bool : CelType;

    public sealed record IntOrString : CelType;

    public sealed record Duration : CelType;

    public sealed record List(CelType Element) : CelType;

    public sealed record Map(CelType Value) : CelType;

    public sealed record Null : CelType;

    /// <summary>A type name (<c>string</c>, <c>int</c>): only compared with <c>type(_)</c>.</summary>
    public sealed record TypeName(string Name) : CelType;

    /// <summary>A format of the Kubernetes format library (<c>format.dns1123Label()</c>).</summary>
    public sealed record Format(string Name) : CelType;

    /// <summary>The errors of a format's <c>validate</c>: a list of strings, or null when valid.</summary>
    public sealed record FormatErrors : CelType;

    /// <summary>A free-form JSON value (preserve-unknown-fields): no rule reads into one.</summary>
    public sealed record FreeForm : CelType;

    public static CelType Of(PropertyShape shape) => shape.Kind switch
    {
        ShapeKind.String => new String(),
        ShapeKind.Integer => new Int(),
        ShapeKind.Number => new Double(),
        ShapeKind.Boolean => new Bool(),
        ShapeKind.IntOrString => new IntOrString(),
        ShapeKind.FreeForm => new FreeForm(),
        ShapeKind.Object => new Object(shape.Type!),
        ShapeKind.List => new List(Of(shape.Element!)),
        ShapeKind.Map => new Map(Of(shape.Element!)),
        _ => throw new InvalidOperationException(shape.Kind.ToString()),
    };

    /// <summary>The C# type of a model value of this shape, fully qualified (the generated rule files import nothing of the model).</summary>
    public static string CSharp(PropertyShape shape) => shape.Kind switch
    {
        ShapeKind.String => "string",
        ShapeKind.Integer => shape.IntegerFormat == "int32" ? "int" : "long",
        ShapeKind.Number => "double",
        ShapeKind.Boolean => "bool",
        ShapeKind.IntOrString => "global::EnvoyGateway.Dsl.IntOrString",
        ShapeKind.FreeForm => "global::System.Text.Json.Nodes.JsonNode",
        ShapeKind.Object => CSharp(shape.Type!),
        ShapeKind.List => $"global::System.Collections.Generic.List<{CSharp(shape.Element!)}>",
        ShapeKind.Map => $"global::System.Collections.Generic.Dictionary<string, {CSharp(shape.Element!)}>",
        _ => throw new InvalidOperationException(shape.Kind.ToString()),
    };

    public static string CSharp(ModelType type) => $"global::{type.Namespace}.{type.Name}";

    public override string ToString() => GetType().Name;
}
