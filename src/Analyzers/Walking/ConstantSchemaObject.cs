using System.Globalization;
using EnvoyGateway.Dsl.Rules;
using EnvoyGateway.Dsl.Rules.Schema;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace EnvoyGateway.Dsl.Analyzers.Walking;

/// <summary>
/// An initializer as <see cref="SchemaWalk"/> sees it at edit time, by the C# property name the generated table
/// gives (<see cref="SchemaProperty.Member"/>): constants are Known, members a complete object does not assign
/// are Absent, everything else Unknown, so the walk reports only what is certain. Serves every part, those of the
/// hand-written v0.6 walk too (<see cref="InitializedObject.AsConstantObject"/>).
/// </summary>
internal sealed class ConstantSchemaObject : ISchemaObject
{
    private readonly ConstantObject _value;

    public ConstantSchemaObject(ConstantObject value) => _value = value;

    public FactKind Presence(int property)
    {
        var schema = SchemaTable.Properties[property];
        switch (schema.Shape)
        {
            case SchemaShape.Object:
                return _value.Child(schema.Member).Kind;
            case SchemaShape.List:
            case SchemaShape.Map:
                var count = Count(property, out var exact);
                return count > 0 ? FactKind.Known : exact ? FactKind.Absent : FactKind.Unknown;
            default:
                return Text(property).Kind;
        }
    }

    public Fact<string> Text(int property)
        => _value.ScalarText(SchemaTable.Properties[property].Member);

    /// <summary>Any numeric constant, negative and fractional ones too (the text a constant has, read back invariantly).</summary>
    public Fact<double> Number(int property)
    {
        var text = Text(property);
        if (!text.IsKnown)
        {
            return text.IsAbsent ? Fact<double>.Absent : Fact<double>.Unknown;
        }

        return double.TryParse(text.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? Fact<double>.Of(number) : Fact<double>.Unknown;
    }

    public int Count(int property, out bool exact)
    {
        var schema = SchemaTable.Properties[property];
        if (schema.Shape == SchemaShape.Map)
        {
            var entries = _value.Entries(schema.Member);
            exact = entries.Exhaustive;
            return entries.Entries.Count;
        }

        var items = _value.Elements(schema.Member);
        exact = items.Exhaustive;
        return items.Items.Count;
    }

    public Fact<string> ItemText(int property, int index)
    {
        var items = _value.Elements(SchemaTable.Properties[property].Member).Items;
        return index < items.Count ? Scalar(items[index]) : Fact<string>.Unknown;
    }

    public Fact<string> EntryText(int property, int index, out string? key)
    {
        var entries = _value.Entries(SchemaTable.Properties[property].Member).Entries;
        key = null;
        if (index >= entries.Count)
        {
            return Fact<string>.Unknown;
        }

        var (entryKey, value) = entries[index];
        key = Constants.String(entryKey) is { IsKnown: true } known ? known.Value : null;
        return Scalar(value);
    }

    public Fact<string> ItemKey(int property, int index, int key)
    {
        var (items, _) = _value.Items(SchemaTable.Properties[property].Member);
        if (index >= items.Count || !items[index].IsKnown)
        {
            return Fact<string>.Unknown;
        }

        var item = items[index].Value;
        return item.ScalarText(SchemaTable.Properties[key].Member);
    }

    /// <summary>A constant as YAML spells it: strings as they are, numbers invariant, booleans lower case.</summary>
    public static Fact<string> Scalar(IOperation? operation)
    {
        var text = Constants.String(operation);
        if (!text.IsUnknown)
        {
            return text;
        }

        for (var current = operation; current is not null; current = current is IConversionOperation conversion ? conversion.Operand : null)
        {
            if (current.ConstantValue.HasValue)
            {
                return current.ConstantValue.Value switch
                {
                    null => Fact<string>.Absent,
                    bool flag => Fact<string>.Of(flag ? "true" : "false"),
                    IFormattable number => Fact<string>.Of(number.ToString(null, CultureInfo.InvariantCulture)),
                    _ => Fact<string>.Unknown,
                };
            }
        }

        return Fact<string>.Unknown;
    }
}
