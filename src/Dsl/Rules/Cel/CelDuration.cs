using System.Globalization;

namespace EnvoyGateway.Dsl.Cel;

/// <summary>A CEL duration (nanoseconds), from a Go duration string such as "1h30m" or "250ms".</summary>
internal readonly struct CelDuration : IComparable<CelDuration>, IEquatable<CelDuration>
{
    public CelDuration(long nanoseconds) => Nanoseconds = nanoseconds;

    public long Nanoseconds { get; }

    public bool Equals(CelDuration other) => Nanoseconds == other.Nanoseconds;

    public override bool Equals(object? obj) => obj is CelDuration other && Equals(other);

    public override int GetHashCode() => Nanoseconds.GetHashCode();

    public static bool operator ==(CelDuration left, CelDuration right) => left.Equals(right);

    public static bool operator !=(CelDuration left, CelDuration right) => !left.Equals(right);

    public int CompareTo(CelDuration other) => Nanoseconds.CompareTo(other.Nanoseconds);

    public static bool operator <(CelDuration left, CelDuration right) => left.Nanoseconds < right.Nanoseconds;

    public static bool operator >(CelDuration left, CelDuration right) => left.Nanoseconds > right.Nanoseconds;

    public static bool operator <=(CelDuration left, CelDuration right) => left.Nanoseconds <= right.Nanoseconds;

    public static bool operator >=(CelDuration left, CelDuration right) => left.Nanoseconds >= right.Nanoseconds;

    /// <summary>Go's time.ParseDuration: an optional sign, then decimal numbers each with a unit (ns, us, µs, ms, s, m, h); "0" alone is zero.</summary>
    public static CelDuration Parse(string text)
    {
        var error = new CelEvaluationException($"type conversion error from 'string' to 'google.protobuf.Duration': invalid duration \"{text}\"");
        var position = 0;
        var negative = false;
        if (position < text.Length && text[position] is '-' or '+')
        {
            negative = text[position] == '-';
            position++;
        }

        if (text.Length - position == 1 && text[position] == '0')
        {
            return new CelDuration(0);
        }

        if (position == text.Length)
        {
            throw error;
        }

        decimal total = 0;
        while (position < text.Length)
        {
            var start = position;
            while (position < text.Length && (IsDigit(text[position]) || text[position] == '.'))
            {
                position++;
            }

            var digits = text.Substring(start, position - start);
            if (digits.Length == 0 || digits == "." || !decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            {
                throw error;
            }

            var unitStart = position;
            while (position < text.Length && !IsDigit(text[position]) && text[position] != '.')
            {
                position++;
            }

            decimal scale = text.Substring(unitStart, position - unitStart) switch
            {
                "ns" => 1m,
                "us" or "µs" or "μs" => 1_000m,
                "ms" => 1_000_000m,
                "s" => 1_000_000_000m,
                "m" => 60_000_000_000m,
                "h" => 3_600_000_000_000m,
                _ => throw error,
            };
            total += number * scale;
            if (total > long.MaxValue)
            {
                throw error;
            }
        }

        var nanoseconds = (long)decimal.Truncate(total);
        return new CelDuration(negative ? -nanoseconds : nanoseconds);
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';
}
