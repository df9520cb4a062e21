using System.Globalization;

namespace EnvoyGateway.Dsl.Cel;

/// <summary>A CEL duration (nanoseconds), from a Go duration string such as "1h30m" or "250ms".</summary>
internal readonly record struct CelDuration(long Nanoseconds) : IComparable<CelDuration>
{
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
            while (position < text.Length && (char.IsAsciiDigit(text[position]) || text[position] == '.'))
            {
                position++;
            }

            if (position == start || !decimal.TryParse(text.AsSpan(start, position - start), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
                || text.AsSpan(start, position - start) is "." )
            {
                throw error;
            }

            var unitStart = position;
            while (position < text.Length && !char.IsAsciiDigit(text[position]) && text[position] != '.')
            {
                position++;
            }

            decimal scale = text.AsSpan(unitStart, position - unitStart) switch
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
}
