namespace EnvoyGateway.Dsl.Rules;

internal enum FactKind : byte
{
    /// <summary>The field is not set (null in the model; not assigned in a complete initializer).</summary>
    Absent = 0,

    /// <summary>The value is known: a run-time value, or a compile-time constant.</summary>
    Known = 1,

    /// <summary>Set, or maybe set, to a value the analyzer cannot know; checks that need it stay silent.</summary>
    Unknown = 2,
}

/// <summary>
/// What a check knows about one field. Run-time validation only has Absent and Known; the analyzer also
/// has Unknown (a non-constant value, or a field an incomplete initializer may set later), so a check
/// reports only what is certain and edit time never guesses.
/// </summary>
internal readonly struct Fact<T>
{
    public static readonly Fact<T> Absent;
    public static readonly Fact<T> Unknown = new(FactKind.Unknown, default!);

    private Fact(FactKind kind, T value)
    {
        Kind = kind;
        Value = value;
    }

    public FactKind Kind { get; }

    public T Value { get; }

    public bool IsKnown => Kind == FactKind.Known;

    public bool IsAbsent => Kind == FactKind.Absent;

    public bool IsUnknown => Kind == FactKind.Unknown;

    public static Fact<T> Of(T value) => new(FactKind.Known, value);

    public override string ToString() => Kind == FactKind.Known ? $"{Value}" : Kind.ToString();
}

internal static class Fact
{
    public static Fact<string> Of(string? value) => value is null ? Fact<string>.Absent : Fact<string>.Of(value);

    public static Fact<long> Of(uint? value) => value is null ? Fact<long>.Absent : Fact<long>.Of(value.Value);

    /// <summary>Presence of an optional part.</summary>
    public static Fact<bool> Present(object? part) => Fact<bool>.Of(part is not null);

    public static Fact<int> Count(int count) => Fact<int>.Of(count);
}
