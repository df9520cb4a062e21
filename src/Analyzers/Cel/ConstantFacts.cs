using System.Globalization;
using EnvoyGateway.Dsl.Analyzers.Walking;
using EnvoyGateway.Dsl.Rules.Schema;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace EnvoyGateway.Dsl.Analyzers.Cel;

/// <summary>
/// An initializer as the edit-time CEL rules read it: fields by JSON name through the generated schema table of the
/// selected release, constants known, what a complete object does not set absent, everything else unknown.
/// </summary>
internal sealed class ConstantFacts : IObjectFacts
{
    // Per type, its properties' indexes by JSON name (one name may have a property per release group); built on first use.
    private static readonly Dictionary<string, int[]>?[] PropertiesByName = new Dictionary<string, int[]>?[SchemaTable.Types.Length];

    // What Read returned per property of this object (index from the type's first property): rules read the same fields again.
    private readonly CelValue?[] _read;
    private readonly bool[] _wasRead;

    public ConstantFacts(ConstantObject value, int type, uint releaseBit)
    {
        Value = value;
        Type = type;
        ReleaseBit = releaseBit;
        var count = SchemaTable.Types[type].PropertyCount;
        _read = new CelValue?[count];
        _wasRead = new bool[count];
    }

    public ConstantObject Value { get; }

    /// <summary>Index into <see cref="SchemaTable.Types"/>.</summary>
    public int Type { get; }

    public uint ReleaseBit { get; }

    public CelValue Field(string jsonName, CelValue? schemaDefault, bool required)
    {
        var index = PropertyIndex(jsonName);
        if (index < 0)
        {
            return EditCel.NoSuchKey(jsonName);
        }

        var value = Read(index);
        if (value is { IsEmptyCollection: true })
        {
            // The model does not tell an empty collection from an absent one: an empty one reads as its default (CelLib.OrDefault).
            return schemaDefault is null ? value : value.Exhaustive ? schemaDefault : CelValue.Unknown;
        }

        return value ?? schemaDefault ?? EditCel.NoSuchKey(jsonName, required);
    }

    public CelValue Has(string jsonName, bool hasDefault)
    {
        if (hasDefault)
        {
            return CelValue.True;
        }

        var index = PropertyIndex(jsonName);
        if (index < 0)
        {
            return CelValue.False;
        }

        if (SchemaTable.Properties[index] is { Shape: SchemaShape.Scalar, Scalar: SchemaScalar.FreeForm } freeForm)
        {
            return FreeFormPresence(freeForm);
        }

        var value = Read(index);
        return value is null ? CelValue.False
            : value.Kind is CelValueKind.List or CelValueKind.Map ? (!value.IsEmptyCollection ? CelValue.True : value.Exhaustive ? CelValue.False : CelValue.Unknown)
            : value.IsUnknown ? CelValue.Unknown
            : CelValue.True;
    }

    /// <summary>The index (into <see cref="SchemaTable.Properties"/>) of this type's property named <paramref name="jsonName"/> in the selected release, or -1.</summary>
    public int PropertyIndex(string jsonName)
    {
        var byName = PropertiesByName[Type] ??= IndexByName(Type);
        if (byName.TryGetValue(jsonName, out var candidates))
        {
            foreach (var p in candidates)
            {
                if ((SchemaTable.Properties[p].Releases & ReleaseBit) != 0)
                {
                    return p;
                }
            }
        }

        return -1;
    }

    private static Dictionary<string, int[]> IndexByName(int type)
    {
        var owner = SchemaTable.Types[type];
        var byName = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var p = owner.FirstProperty; p < owner.FirstProperty + owner.PropertyCount; p++)
        {
            var name = SchemaTable.Properties[p].JsonName;
            if (!byName.TryGetValue(name, out var indexes))
            {
                byName[name] = indexes = [];
            }

            indexes.Add(p);
        }

        return byName.ToDictionary(entry => entry.Key, entry => entry.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>
    /// Property <paramref name="index"/> (of <see cref="SchemaTable.Properties"/>, one of this type's) as a value, or null when it is
    /// certainly not set (a list or map is then empty, never null); read once per object.
    /// </summary>
    public CelValue? Read(int index)
    {
        var slot = index - SchemaTable.Types[Type].FirstProperty;
        if (!_wasRead[slot])
        {
            _read[slot] = ReadUncached(SchemaTable.Properties[index]);
            _wasRead[slot] = true;
        }

        return _read[slot];
    }

    private CelValue? ReadUncached(SchemaProperty property)
    {
        switch (property.Shape)
        {
            case SchemaShape.Object:
                var child = Value.Child(property.Member);
                return child.IsKnown ? CelValue.Object(new ConstantFacts(child.Value, property.Type, ReleaseBit))
                    : child.IsAbsent ? null : CelValue.Unknown;
            case SchemaShape.List:
                var content = Value.Elements(property.Member);
                var items = new List<CelValue>(content.Items.Count);
                foreach (var item in content.Items)
                {
                    items.Add(Element(item, property) ?? CelValue.Null);
                }

                return CelValue.List(items, content.Exhaustive);
            case SchemaShape.Map:
                var entries = Value.Entries(property.Member);
                var map = new Dictionary<string, CelValue>(StringComparer.Ordinal);
                var exhaustive = entries.Exhaustive;
                foreach (var (key, entry) in entries.Entries)
                {
                    if (Constants.String(key) is { IsKnown: true } name)
                    {
                        map[name.Value] = Element(entry, property) ?? CelValue.Null;
                    }
                    else
                    {
                        exhaustive = false;
                    }
                }

                return CelValue.Map(map, exhaustive);
            default:
                return Value.Member(property.Member) is { } member ? Scalar(member.Value, property.Scalar)
                    : Value.Complete ? null : CelValue.Unknown;
        }
    }

    /// <summary>
    /// Whether a free-form value (JSON the schema does not describe) is set: a creation or <c>JsonNode.Parse</c> of a
    /// constant other than "null" is; a null constant is not. No rule reads into such a value, only its presence.
    /// </summary>
    private CelValue FreeFormPresence(SchemaProperty property)
    {
        if (Value.Member(property.Member) is not { } member)
        {
            return Value.Complete ? CelValue.False : CelValue.Unknown;
        }

        var value = member.Value is null ? null : DslOperations.SkipConversions(member.Value);
        return value switch
        {
            IObjectCreationOperation => CelValue.True,
            IInvocationOperation { TargetMethod: { Name: "Parse", ContainingType.Name: "JsonNode" }, Arguments.Length: > 0 } parse
                when Constants.String(parse.Arguments[0].Value) is { IsKnown: true } json => CelValue.Bool(json.Value.Trim() != "null"),
            _ when Constants.String(member.Value).IsAbsent => CelValue.False,
            _ => CelValue.Unknown,
        };
    }

    /// <summary>An item of a list or a value of a map: an object, or a scalar; null when it is null.</summary>
    private CelValue? Element(IOperation item, SchemaProperty property)
    {
        if (property.Scalar != SchemaScalar.Object)
        {
            return Scalar(item, property.Scalar);
        }

        var value = ConstantObject.Of(item, Value.Complete);
        return value.IsKnown ? CelValue.Object(new ConstantFacts(value.Value, property.Type, ReleaseBit))
            : value.IsAbsent ? null : CelValue.Unknown;
    }

    /// <summary>A scalar constant as its CEL value (an int-or-string by the constant's own type); null for a null constant.</summary>
    public static CelValue? Scalar(IOperation? operation, SchemaScalar scalar)
    {
        var text = ConstantSchemaObject.Scalar(operation);
        if (text.IsAbsent)
        {
            return null;
        }

        if (!text.IsKnown)
        {
            return CelValue.Unknown;
        }

        switch (scalar)
        {
            case SchemaScalar.String:
                return CelValue.String(text.Value);
            case SchemaScalar.Integer:
                return long.TryParse(text.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? CelValue.Int(number) : CelValue.Unknown;
            case SchemaScalar.Number:
                return double.TryParse(text.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) ? CelValue.Double(real) : CelValue.Unknown;
            case SchemaScalar.Boolean:
                return text.Value == "true" ? CelValue.True : text.Value == "false" ? CelValue.False : CelValue.Unknown;
            case SchemaScalar.IntOrString:
                return Constants.String(operation).IsKnown ? CelValue.String(text.Value)
                    : long.TryParse(text.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer) ? CelValue.Int(integer)
                    : CelValue.Unknown;
            default:
                return CelValue.Unknown;
        }
    }
}
