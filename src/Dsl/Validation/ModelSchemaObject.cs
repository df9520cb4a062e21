using System.Collections;
using System.Globalization;
using EnvoyGateway.Dsl.Rules;
using EnvoyGateway.Dsl.Rules.Schema;

namespace EnvoyGateway.Dsl.Validation;

/// <summary>
/// A model object as <see cref="SchemaWalk"/> sees it at build time: every value is Known or Absent. One
/// instance is reused for every object of a run (<see cref="Owner"/>). Presence and numbers are read typed
/// (<see cref="SchemaAccess.IsSet(object, int)"/>, <see cref="SchemaAccess.Number(object, int)"/>); other values are read boxed, and the
/// last one is remembered, since the walk asks for a list's items one at a time.
/// </summary>
internal sealed class ModelSchemaObject : ISchemaObject
{
    private int _lastProperty = -1;
    private object? _lastValue;
    private object _owner = null!;

    public object Owner
    {
        get => _owner;
        set
        {
            _owner = value;
            _lastProperty = -1;
            _lastValue = null;
        }
    }

    public FactKind Presence(int property) => SchemaAccess.IsSet(_owner, property) ? FactKind.Known : FactKind.Absent;

    public Fact<string> Text(int property) => TextOf(Value(property));

    public Fact<double> Number(int property) => SchemaAccess.Number(_owner, property) is { } number ? Fact<double>.Of(number) : Fact<double>.Unknown;

    public int Count(int property, out bool exact)
    {
        exact = true;
        return Value(property) is ICollection collection ? collection.Count : 0;
    }

    public Fact<string> ItemText(int property, int index) => Value(property) switch
    {
        // Lists of numbers (status codes) read typed: through IList every item would be boxed, then formatted.
        List<long> numbers => index < numbers.Count ? Fact<string>.Of(NumberText(numbers[index])) : Fact<string>.Unknown,
        List<int> numbers => index < numbers.Count ? Fact<string>.Of(NumberText(numbers[index])) : Fact<string>.Unknown,
        IList list when index < list.Count => TextOf(list[index]),
        _ => Fact<string>.Unknown,
    };

    // The texts of small numbers (status codes, counts, thresholds), made once for list items and scalars alike.
    private static readonly string[] SmallNumbers = [.. Enumerable.Range(0, 1000).Select(n => n.ToString(CultureInfo.InvariantCulture))];

    private static string NumberText(long value) => value is >= 0 and < 1000 ? SmallNumbers[value] : value.ToString(CultureInfo.InvariantCulture);

    public Fact<string> ItemKey(int property, int index, int key)
        => Value(property) is IList list && index < list.Count && list[index] is { } item ? TextOf(SchemaAccess.Value(item, key)) : Fact<string>.Unknown;

    public Fact<string> EntryText(int property, int index, out string? key)
    {
        key = null;
        if (Value(property) is not IDictionary map || index >= map.Count)
        {
            return Fact<string>.Unknown;
        }

        var position = 0;
        foreach (DictionaryEntry entry in map)
        {
            if (position++ == index)
            {
                key = entry.Key as string;
                return TextOf(entry.Value);
            }
        }

        return Fact<string>.Unknown;
    }

    /// <summary>A scalar as YAML spells it.</summary>
    public static Fact<string> TextOf(object? value) => value switch
    {
        null => Fact<string>.Absent,
        string text => Fact<string>.Of(text),
        bool flag => Fact<string>.Of(flag ? "true" : "false"),
        IntOrString intOrString => Fact<string>.Of(intOrString.ToString()),
        long number => Fact<string>.Of(NumberText(number)),
        int number => Fact<string>.Of(NumberText(number)),
        uint or double => Fact<string>.Of(Convert.ToString(value, CultureInfo.InvariantCulture)!),
        _ => Fact<string>.Unknown,
    };

    private object? Value(int property)
    {
        if (property != _lastProperty)
        {
            _lastValue = SchemaAccess.Value(_owner, property);
            _lastProperty = property;
        }

        return _lastValue;
    }
}
