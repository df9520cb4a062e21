using System.Globalization;
using EnvoyGateway.Dsl.Rules;
using EnvoyGateway.Dsl.Rules.Schema;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace EnvoyGateway.Dsl.Analyzers.Walking;

/// <summary>
/// An initializer as <see cref="SchemaWalk"/> sees it at edit time: constants are Known, members a complete
/// object does not assign are Absent, everything else Unknown, so the walk reports only what is certain.
/// </summary>
internal sealed class InitializedSchemaObject : ISchemaObject
{
    private readonly InitializedObject _value;

    public InitializedSchemaObject(InitializedObject value) => _value = value;

    public FactKind Presence(int property)
    {
        var schema = SchemaTable.Properties[property];
        switch (schema.Shape)
        {
            case SchemaShape.Object:
                var present = _value.Presence(schema.Member);
                return present.IsKnown ? (present.Value ? FactKind.Known : FactKind.Absent) : FactKind.Unknown;
            case SchemaShape.List:
            case SchemaShape.Map:
                var count = Count(property, out var exact);
                return count > 0 ? FactKind.Known : exact ? FactKind.Absent : FactKind.Unknown;
            default:
                return _value.Member(schema.Member) is { } member ? Scalar(member.Value).Kind : _value.Complete ? FactKind.Absent : FactKind.Unknown;
        }
    }

    public Fact<string> Text(int property)
        => _value.Member(SchemaTable.Properties[property].Member) is { } member ? Scalar(member.Value) : _value.Complete ? Fact<string>.Absent : Fact<string>.Unknown;

    public Fact<double> Number(int property)
    {
        var number = _value.Number(SchemaTable.Properties[property].Member);
        return number.IsKnown ? Fact<double>.Of(number.Value) : number.IsAbsent ? Fact<double>.Absent : Fact<double>.Unknown;
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
        return InitializedSchemaObject.Scalar(value);
    }

    public Fact<string> ItemKey(int property, int index, int key)
    {
        var schema = SchemaTable.Properties[property];
        var items = _value.Elements(schema.Member).Items;
        if (index >= items.Count || schema.Type < 0 || !Enum.TryParse<DslPart>(SchemaTable.Types[schema.Type].Name, out var part) || _value.ElementOf(items[index], part) is not { } item)
        {
            return Fact<string>.Unknown;
        }

        return item.Member(SchemaTable.Properties[key].Member) is { } member ? Scalar(member.Value) : item.Complete ? Fact<string>.Absent : Fact<string>.Unknown;
    }

    /// <summary>A constant as YAML spells it: strings as they are, numbers invariant, booleans lower case.</summary>
    internal static Fact<string> Scalar(IOperation? operation)
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
