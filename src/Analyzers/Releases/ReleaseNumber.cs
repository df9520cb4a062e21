using System.Globalization;

namespace EnvoyGateway.Dsl.Analyzers.Releases;

/// <summary>
/// An Envoy Gateway minor release as the DSL spells it ("0.6", "1.9"), ordered numerically. The analyzers
/// cannot reference the library's EnvoyGatewayVersion (netstandard2.0), so they read releases from the
/// attributes' strings and the supported ones from the referenced library's symbols.
/// </summary>
internal readonly struct ReleaseNumber : IComparable<ReleaseNumber>, IEquatable<ReleaseNumber>
{
    private ReleaseNumber(int major, int minor)
    {
        Major = major;
        Minor = minor;
    }

    public int Major { get; }

    public int Minor { get; }

    /// <summary>Reads "1.9"; false for anything else (a patch release, a word, empty).</summary>
    public static bool TryParse(string? text, out ReleaseNumber release)
    {
        release = default;
        var parts = (text ?? "").Trim().Split('.');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var major)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minor))
        {
            return false;
        }

        release = new ReleaseNumber(major, minor);
        return true;
    }

    public static bool operator <(ReleaseNumber left, ReleaseNumber right) => left.CompareTo(right) < 0;

    public static bool operator >(ReleaseNumber left, ReleaseNumber right) => left.CompareTo(right) > 0;

    public static bool operator <=(ReleaseNumber left, ReleaseNumber right) => left.CompareTo(right) <= 0;

    public static bool operator >=(ReleaseNumber left, ReleaseNumber right) => left.CompareTo(right) >= 0;

    public static bool operator ==(ReleaseNumber left, ReleaseNumber right) => left.Equals(right);

    public static bool operator !=(ReleaseNumber left, ReleaseNumber right) => !left.Equals(right);

    public int CompareTo(ReleaseNumber other) => Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);

    public bool Equals(ReleaseNumber other) => Major == other.Major && Minor == other.Minor;

    public override bool Equals(object? obj) => obj is ReleaseNumber other && Equals(other);

    public override int GetHashCode() => (Major * 397) ^ Minor;

    public override string ToString() => Major.ToString(CultureInfo.InvariantCulture) + "." + Minor.ToString(CultureInfo.InvariantCulture);
}
