using System.Globalization;

namespace EnvoyGateway.Dsl;

/// <summary>
/// A value Kubernetes accepts as an integer or a string (<c>x-kubernetes-int-or-string</c>: ports,
/// percentages such as <c>"50%"</c>). Assign either directly: <c>MinAvailable = 1</c> or
/// <c>MinAvailable = "50%"</c>.
/// </summary>
public readonly struct IntOrString : IEquatable<IntOrString>
{
    private readonly string? _string;
    private readonly int _int;

    private IntOrString(int value, string? text)
    {
        _int = value;
        _string = text;
    }

    /// <summary>True when the value is a string; false for an integer (also for <c>default</c>, the integer 0).</summary>
    public bool IsString => _string is not null;

    /// <summary>The integer (0 when <see cref="IsString"/>).</summary>
    public int IntValue => _int;

    /// <summary>The string, or null when the value is an integer.</summary>
    public string? StringValue => _string;

    /// <summary>An integer value.</summary>
    public static IntOrString FromInt32(int value) => new(value, null);

    /// <summary>A string value.</summary>
    public static IntOrString FromString(string value) => new(0, value ?? throw new ArgumentNullException(nameof(value)));

    /// <summary>An integer value.</summary>
    public static implicit operator IntOrString(int value) => FromInt32(value);

    /// <summary>A string value.</summary>
    public static implicit operator IntOrString(string value) => FromString(value);

    /// <summary>The value as YAML would show it (no quotes).</summary>
    public override string ToString() => _string ?? _int.ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public bool Equals(IntOrString other) => _int == other._int && string.Equals(_string, other._string, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is IntOrString other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_int, _string);

    /// <summary>Same kind and same value.</summary>
    public static bool operator ==(IntOrString left, IntOrString right) => left.Equals(right);

    /// <summary>Different kind or value.</summary>
    public static bool operator !=(IntOrString left, IntOrString right) => !left.Equals(right);
}
