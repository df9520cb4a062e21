using EnvoyGateway.Dsl.Cel;

namespace EnvoyGateway.Dsl.Analyzers.Cel;

/// <summary>What a CEL value is at edit time: known (of one CEL type), a CEL error, or unknown.</summary>
internal enum CelValueKind : byte
{
    /// <summary>Depends on what the analyzer cannot see (a variable, a call, a list that may hold more).</summary>
    Unknown,

    /// <summary>Evaluation certainly fails (no such key, index out of range, a malformed duration).</summary>
    Error,
    Null,
    Bool,
    Int,
    Double,
    String,
    Duration,

    /// <summary>A list: its items in view, each a value (possibly unknown), and whether nothing else can be in it.</summary>
    List,

    /// <summary>A map with string keys (a map field, a map literal, a default object), and whether nothing else can be in it.</summary>
    Map,

    /// <summary>An object of the model as the source initializes it (<see cref="IObjectFacts"/>).</summary>
    Object,
}

/// <summary>
/// A CEL value at edit time: the three-valued logic of the analyzer (Known / Absent / Unknown) carried into CEL, with
/// errors as values so that <c>&amp;&amp;</c>, <c>||</c>, <c>all</c> and <c>exists</c> can absorb them as CEL defines.
/// Generated rules (src/Analyzers/Generated/Cel) compute these through <see cref="EditCel"/>; a rule is reported only
/// when it is a known false or a certain error.
/// </summary>
internal sealed class CelValue
{
    public static readonly CelValue Unknown = new(CelValueKind.Unknown, null);
    public static readonly CelValue True = new(CelValueKind.Bool, true);
    public static readonly CelValue False = new(CelValueKind.Bool, false);
    public static readonly CelValue Null = new(CelValueKind.Null, null);

    private CelValue(CelValueKind kind, object? payload, bool exhaustive = true, bool requiredMissing = false)
    {
        Kind = kind;
        Payload = payload;
        Exhaustive = exhaustive;
        RequiredMissing = requiredMissing;
    }

    public CelValueKind Kind { get; }

    /// <summary>bool, long, double, string, CelDuration, the error message, IReadOnlyList&lt;CelValue&gt;, IReadOnlyDictionary&lt;string, CelValue&gt; or IObjectFacts.</summary>
    public object? Payload { get; }

    /// <summary>A list or map: nothing can be in it beyond what is in view.</summary>
    public bool Exhaustive { get; }

    /// <summary>An error from reading a required field that is not set: the schema check reports it, and the API server runs no rule.</summary>
    public bool RequiredMissing { get; }

    public bool IsUnknown => Kind == CelValueKind.Unknown;

    /// <summary>A list or map with nothing in view (<see cref="Exhaustive"/> says whether more can be in it).</summary>
    public bool IsEmptyCollection => Kind switch
    {
        CelValueKind.List => Items.Count == 0,
        CelValueKind.Map => Entries.Count == 0,
        _ => false,
    };

    public bool IsError => Kind == CelValueKind.Error;

    /// <summary>Neither unknown nor an error.</summary>
    public bool IsKnown => Kind is not (CelValueKind.Unknown or CelValueKind.Error);

    public bool IsTrue => Kind == CelValueKind.Bool && (bool)Payload!;

    public bool IsFalse => Kind == CelValueKind.Bool && !(bool)Payload!;

    public string Text => (string)Payload!;

    public long Number => (long)Payload!;

    public IReadOnlyList<CelValue> Items => (IReadOnlyList<CelValue>)Payload!;

    public IReadOnlyDictionary<string, CelValue> Entries => (IReadOnlyDictionary<string, CelValue>)Payload!;

    public IObjectFacts Facts => (IObjectFacts)Payload!;

    public static CelValue Bool(bool value) => value ? True : False;

    public static CelValue Int(long value) => new(CelValueKind.Int, value);

    public static CelValue Double(double value) => new(CelValueKind.Double, value);

    public static CelValue String(string value) => new(CelValueKind.String, value);

    public static CelValue Duration(CelDuration value) => new(CelValueKind.Duration, value);

    public static CelValue Error(string message, bool requiredMissing = false) => new(CelValueKind.Error, message, requiredMissing: requiredMissing);

    public static CelValue List(params CelValue[] items) => new(CelValueKind.List, items);

    public static CelValue List(IReadOnlyList<CelValue> items, bool exhaustive) => new(CelValueKind.List, items, exhaustive);

    public static CelValue Map(params (string Key, CelValue Value)[] entries)
    {
        var map = new Dictionary<string, CelValue>(StringComparer.Ordinal);
        foreach (var (key, value) in entries)
        {
            map[key] = value;
        }

        return new(CelValueKind.Map, map);
    }

    public static CelValue Map(IReadOnlyDictionary<string, CelValue> entries, bool exhaustive) => new(CelValueKind.Map, entries, exhaustive);

    public static CelValue Object(IObjectFacts facts) => new(CelValueKind.Object, facts);

    public override string ToString() => Kind switch
    {
        CelValueKind.Unknown => "unknown",
        CelValueKind.Error => "error: " + Payload,
        CelValueKind.Null => "null",
        CelValueKind.List => $"list of {Items.Count}{(Exhaustive ? "" : "+")}",
        CelValueKind.Map => $"map of {Entries.Count}{(Exhaustive ? "" : "+")}",
        _ => Kind + " " + Payload,
    };
}

/// <summary>An object at edit time: its fields by JSON name, each a value (a default and the required flag as build time applies them).</summary>
internal interface IObjectFacts
{
    /// <summary>The field's value; when it is not set, <paramref name="schemaDefault"/>, else CEL's <c>no such key</c> error.</summary>
    CelValue Field(string jsonName, CelValue? schemaDefault, bool required);

    /// <summary><c>has(x.field)</c>: a set list or map must hold something; a field with a default is always there.</summary>
    CelValue Has(string jsonName, bool hasDefault);
}
