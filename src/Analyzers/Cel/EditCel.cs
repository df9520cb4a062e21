using System.Text.RegularExpressions;
using EnvoyGateway.Dsl.Cel;
using EnvoyGateway.Dsl.Rules.Syntax;

namespace EnvoyGateway.Dsl.Analyzers.Cel;

/// <summary>
/// CEL's semantics over edit time's three-valued <see cref="CelValue"/>s, called by the generated rules of
/// src/Analyzers/Generated/Cel (src/Generator/Cel/CelTranslator.cs writes both those and build time's calls to
/// src/Dsl/Cel/CelLib, from one walk of each rule). A function of values is unknown when an argument is; an error
/// flows on as build time's exception does; <c>&amp;&amp;</c>, <c>||</c>, <c>all</c> and <c>exists</c> decide
/// without an operand when another decides, as CEL does. So a rule is false or an error here only when it is at
/// build time for every value the unknowns could take.
/// </summary>
internal static class EditCel
{
    private static readonly CelValue EmptyList = CelValue.List([], exhaustive: true);
    private static readonly CelValue EmptyMap = CelValue.Map(new Dictionary<string, CelValue>(StringComparer.Ordinal), exhaustive: true);

    /// <summary>CEL's error for a field or key that is not there.</summary>
    public static CelValue NoSuchKey(string field, bool required = false) => CelValue.Error(CelErrors.NoSuchKey(field), required);

    /// <summary>A scalar or object field; absent: its default, else <c>no such key</c>.</summary>
    public static CelValue Field(CelValue target, string jsonName, CelValue? schemaDefault, bool required)
    {
        switch (target.Kind)
        {
            case CelValueKind.Object:
                return target.Facts.Field(jsonName, schemaDefault, required);
            case CelValueKind.Map:
                return target.Entries.TryGetValue(jsonName, out var value) ? value
                    : target.Exhaustive ? schemaDefault ?? NoSuchKey(jsonName, required)
                    : CelValue.Unknown;
            default:
                return target.IsKnown ? NoSuchKey(jsonName) : target;
        }
    }

    /// <summary>A list or map field: never an error (the model's empty collection), its default when empty.</summary>
    public static CelValue Items(CelValue target, string jsonName, CelValue? schemaDefault, bool isMap)
    {
        var value = Field(target, jsonName, schemaDefault, required: false);
        if (!value.IsError || target.IsError)
        {
            return value;
        }

        return isMap ? EmptyMap : EmptyList;
    }

    public static CelValue Has(CelValue target, string jsonName, bool hasDefault) => target.Kind switch
    {
        CelValueKind.Object => target.Facts.Has(jsonName, hasDefault),
        CelValueKind.Map => hasDefault || target.Entries.ContainsKey(jsonName) ? CelValue.True : target.Exhaustive ? CelValue.False : CelValue.Unknown,
        _ => target.IsKnown ? NoSuchKey(jsonName) : target,
    };

    public static CelValue At(CelValue target, CelValue key)
    {
        if (Strict(target, key) is { } undecided)
        {
            return undecided;
        }

        if (target.Kind == CelValueKind.List && key.Kind == CelValueKind.Int)
        {
            var index = key.Number;
            return index >= 0 && index < target.Items.Count ? target.Items[(int)index]
                : target.Exhaustive || index < 0 ? CelValue.Error(CelErrors.IndexOutOfBounds(index))
                : CelValue.Unknown;
        }

        if (target.Kind == CelValueKind.Map && key.Kind == CelValueKind.String)
        {
            return target.Entries.TryGetValue(key.Text, out var value) ? value : target.Exhaustive ? NoSuchKey(key.Text) : CelValue.Unknown;
        }

        return CelValue.Unknown;
    }

    public static CelValue Not(CelValue value) => value.Kind == CelValueKind.Bool ? CelValue.Bool(!value.IsTrue) : value;

    /// <summary>CEL's <c>&amp;&amp;</c>: false on either side wins over an error or an unknown on the other.</summary>
    public static CelValue And(CelValue left, CelValue right)
        => left.IsFalse || right.IsFalse ? CelValue.False
            : left.IsUnknown || right.IsUnknown ? CelValue.Unknown
            : left.IsError ? left
            : right.IsError ? right
            : CelValue.True;

    /// <summary>CEL's <c>||</c>: true on either side wins over an error or an unknown on the other.</summary>
    public static CelValue Or(CelValue left, CelValue right)
        => left.IsTrue || right.IsTrue ? CelValue.True
            : left.IsUnknown || right.IsUnknown ? CelValue.Unknown
            : left.IsError ? left
            : right.IsError ? right
            : CelValue.False;

    /// <summary><c>c ? a : b</c>; with an unknown condition, known only when both branches agree.</summary>
    public static CelValue Conditional(CelValue condition, CelValue whenTrue, CelValue whenFalse) => condition.Kind switch
    {
        CelValueKind.Bool => condition.IsTrue ? whenTrue : whenFalse,
        CelValueKind.Unknown => whenTrue.Kind == CelValueKind.Bool && whenFalse.Kind == CelValueKind.Bool && whenTrue.IsTrue == whenFalse.IsTrue ? whenTrue : CelValue.Unknown,
        _ => condition,
    };

    public static CelValue Equal(CelValue left, CelValue right)
        => Strict(left, right) ?? CelValue.Bool(left.Kind == right.Kind && (left.Kind == CelValueKind.Null || Equals(left.Payload, right.Payload)));

    public static CelValue Less(CelValue left, CelValue right) => Compare(left, right, c => c < 0);

    public static CelValue LessOrEqual(CelValue left, CelValue right) => Compare(left, right, c => c <= 0);

    public static CelValue Greater(CelValue left, CelValue right) => Compare(left, right, c => c > 0);

    public static CelValue GreaterOrEqual(CelValue left, CelValue right) => Compare(left, right, c => c >= 0);

    private static CelValue Compare(CelValue left, CelValue right, Func<int, bool> test)
    {
        if (Strict(left, right) is { } undecided)
        {
            return undecided;
        }

        return (left.Kind, right.Kind) switch
        {
            (CelValueKind.Int, CelValueKind.Int) => CelValue.Bool(test(left.Number.CompareTo(right.Number))),
            (CelValueKind.Double, CelValueKind.Double) => CelValue.Bool(test(((double)left.Payload!).CompareTo((double)right.Payload!))),
            (CelValueKind.Duration, CelValueKind.Duration) => CelValue.Bool(test(((CelDuration)left.Payload!).CompareTo((CelDuration)right.Payload!))),
            (CelValueKind.String, CelValueKind.String) => CelValue.Bool(test(CelStrings.Compare(left.Text, right.Text))),
            _ => CelValue.Unknown,
        };
    }

    public static CelValue Add(CelValue left, CelValue right)
        => Strict(left, right) ?? (left.Kind == CelValueKind.Int && right.Kind == CelValueKind.Int ? CelValue.Int(left.Number + right.Number) : CelValue.Unknown);

    /// <summary><c>x in list</c> / <c>key in map</c>: true once a known item matches; false only when every item is known.</summary>
    public static CelValue In(CelValue value, CelValue collection)
    {
        if (Strict(value, collection) is { } undecided)
        {
            return undecided;
        }

        if (collection.Kind == CelValueKind.Map)
        {
            return value.Kind == CelValueKind.String && collection.Entries.ContainsKey(value.Text) ? CelValue.True
                : collection.Exhaustive ? CelValue.False : CelValue.Unknown;
        }

        var uncertain = !collection.Exhaustive;
        foreach (var item in collection.Items)
        {
            var equal = Equal(value, item);
            if (equal.IsTrue)
            {
                return CelValue.True;
            }

            uncertain |= !equal.IsKnown;
        }

        return uncertain ? CelValue.Unknown : CelValue.False;
    }

    /// <summary><c>type(x) == string</c> on an int-or-string.</summary>
    public static CelValue IsString(CelValue value) => value.IsKnown ? CelValue.Bool(value.Kind == CelValueKind.String) : value;

    /// <summary>The string of an int-or-string; an int is CEL's overload error.</summary>
    public static CelValue AsString(CelValue value)
        => value.Kind == CelValueKind.Int ? CelValue.Error(CelErrors.IntIsNotAString) : value;

    public static CelValue Size(CelValue value) => value.Kind switch
    {
        CelValueKind.String => CelValue.Int(CelStrings.Size(value.Text)),
        CelValueKind.List => value.Exhaustive ? CelValue.Int(value.Items.Count) : CelValue.Unknown,
        CelValueKind.Map => value.Exhaustive ? CelValue.Int(value.Entries.Count) : CelValue.Unknown,
        _ => value.IsKnown ? CelValue.Unknown : value,
    };

    public static CelValue Keys(CelValue map)
    {
        if (map.Kind != CelValueKind.Map)
        {
            return map.IsKnown ? CelValue.Unknown : map;
        }

        var keys = new List<CelValue>(map.Entries.Count);
        foreach (var key in map.Entries.Keys)
        {
            keys.Add(CelValue.String(key));
        }

        return CelValue.List(keys, map.Exhaustive);
    }

    public static CelValue Contains(CelValue text, CelValue part) => Strings(text, part, (a, b) => CelValue.Bool(a.IndexOf(b, StringComparison.Ordinal) >= 0));

    public static CelValue StartsWith(CelValue text, CelValue part) => Strings(text, part, (a, b) => CelValue.Bool(a.StartsWith(b, StringComparison.Ordinal)));

    public static CelValue EndsWith(CelValue text, CelValue part) => Strings(text, part, (a, b) => CelValue.Bool(a.EndsWith(b, StringComparison.Ordinal)));

    // No verdict when the engine ran out of time (Re2Pattern.TryIsMatch): unknown, so silent.
    public static CelValue Matches(CelValue text, Regex pattern)
        => String(text, t => Re2Pattern.TryIsMatch(pattern, t) is { } matches ? CelValue.Bool(matches) : CelValue.Unknown);

    public static CelValue LowerAscii(CelValue text) => String(text, t => CelValue.String(CelStrings.LowerAscii(t)));

    public static CelValue UpperAscii(CelValue text) => String(text, t => CelValue.String(CelStrings.UpperAscii(t)));

    public static CelValue Split(CelValue text, CelValue separator)
        => Strings(text, separator, (a, b) => CelValue.List(CelStrings.Split(a, b).ConvertAll(CelValue.String), exhaustive: true));

    public static CelValue Substring(CelValue text, CelValue start)
        => Strict(text, start) ?? (text.Kind == CelValueKind.String && start.Kind == CelValueKind.Int ? Try(() => CelValue.String(CelStrings.Substring(text.Text, start.Number))) : CelValue.Unknown);

    public static CelValue ValidateFormat(CelValue format, CelValue text)
        => Strings(format, text, (f, t) => Try(() => CelStrings.ValidateFormat(f, t) is { } errors ? CelValue.List(errors.ConvertAll(CelValue.String), exhaustive: true) : CelValue.Null));

    public static CelValue Duration(CelValue text) => String(text, t => Try(() => CelValue.Duration(CelDuration.Parse(t))));

    public static CelValue IsIP(CelValue text) => String(text, t => CelValue.Bool(CelStrings.IsIP(t)));

    /// <summary>CEL's <c>all</c>: false once an item is false (over errors and unknowns), true only when every item is known true.</summary>
    public static CelValue All(CelValue range, Func<CelValue, CelValue> predicate) => Quantify(range, predicate, decisive: false);

    /// <summary>CEL's <c>exists</c>: true once an item is true, false only when every item is known false.</summary>
    public static CelValue Exists(CelValue range, Func<CelValue, CelValue> predicate) => Quantify(range, predicate, decisive: true);

    private static CelValue Quantify(CelValue range, Func<CelValue, CelValue> predicate, bool decisive)
    {
        if (range.Kind != CelValueKind.List)
        {
            return range.IsKnown ? CelValue.Unknown : range;
        }

        var uncertain = !range.Exhaustive;
        CelValue? error = null;
        foreach (var item in range.Items)
        {
            var result = predicate(item);
            if (result.Kind == CelValueKind.Bool && result.IsTrue == decisive)
            {
                return result;
            }

            uncertain |= result.IsUnknown;
            error ??= result.IsError ? result : null;
        }

        return uncertain ? CelValue.Unknown : error ?? CelValue.Bool(!decisive);
    }

    /// <summary>CEL's <c>exists_one</c>: strict, every item must be known (as CelLib, an error is not absorbed).</summary>
    public static CelValue ExistsOne(CelValue range, Func<CelValue, CelValue> predicate)
    {
        if (Sequence(range, predicate) is not { } results)
        {
            return range.IsKnown ? CelValue.Unknown : range;
        }

        if (Undecided(results) is { } undecided)
        {
            return undecided;
        }

        var count = 0;
        foreach (var result in results)
        {
            count += result.IsTrue ? 1 : 0;
        }

        return CelValue.Bool(count == 1);
    }

    public static CelValue Filter(CelValue range, Func<CelValue, CelValue> predicate)
    {
        if (Sequence(range, predicate) is not { } results)
        {
            return range.IsKnown ? CelValue.Unknown : range;
        }

        if (Undecided(results) is { } undecided)
        {
            return undecided;
        }

        var kept = new List<CelValue>();
        for (var i = 0; i < results.Count; i++)
        {
            if (results[i].IsTrue)
            {
                kept.Add(range.Items[i]);
            }
        }

        return CelValue.List(kept, exhaustive: true);
    }

    /// <summary><c>map(x, t)</c> or <c>map(x, p, t)</c>: a transformed item may be unknown; an error ends it, as at build time.</summary>
    public static CelValue Map(CelValue range, Func<CelValue, CelValue>? predicate, Func<CelValue, CelValue> transform)
    {
        var kept = range;
        if (predicate is not null)
        {
            kept = Filter(range, predicate);
        }

        if (kept.Kind != CelValueKind.List || !kept.Exhaustive)
        {
            return kept.IsKnown ? CelValue.Unknown : kept;
        }

        var items = new List<CelValue>(kept.Items.Count);
        foreach (var item in kept.Items)
        {
            var value = transform(item);
            if (value.IsError)
            {
                return value;
            }

            items.Add(value);
        }

        return CelValue.List(items, exhaustive: true);
    }

    /// <summary>The predicate of every item of a list that nothing else can be in, or null when the range is not one.</summary>
    private static List<CelValue>? Sequence(CelValue range, Func<CelValue, CelValue> predicate)
    {
        if (range.Kind != CelValueKind.List || !range.Exhaustive)
        {
            return null;
        }

        var results = new List<CelValue>(range.Items.Count);
        foreach (var item in range.Items)
        {
            results.Add(predicate(item));
        }

        return results;
    }

    /// <summary>The first result that is not a known value, as build time meets it in order: unknown, or the first error.</summary>
    private static CelValue? Undecided(List<CelValue> results)
    {
        foreach (var result in results)
        {
            if (!result.IsKnown)
            {
                return result;
            }
        }

        return null;
    }

    private static CelValue String(CelValue text, Func<string, CelValue> apply)
        => text.Kind == CelValueKind.String ? apply(text.Text) : text.IsKnown ? CelValue.Unknown : text;

    private static CelValue Strings(CelValue left, CelValue right, Func<string, string, CelValue> apply)
        => Strict(left, right) ?? (left.Kind == CelValueKind.String && right.Kind == CelValueKind.String ? apply(left.Text, right.Text) : CelValue.Unknown);

    /// <summary>Null when both are known; else unknown when either is (an error that an unknown precedes may not be the first), else the first error.</summary>
    private static CelValue? Strict(CelValue left, CelValue right)
        => left.IsKnown && right.IsKnown ? null
            : left.IsUnknown || right.IsUnknown ? CelValue.Unknown
            : left.IsError ? left : right;

    private static CelValue Try(Func<CelValue> evaluate)
    {
        try
        {
            return evaluate();
        }
        catch (CelEvaluationException e)
        {
            return CelValue.Error(e.Message);
        }
    }
}
