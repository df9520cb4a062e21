using System.Text.RegularExpressions;

namespace EnvoyGateway.Dsl.Cel;

/// <summary>
/// The CEL semantics the translated rules call (src/Generator/Cel/CelTranslator.cs writes the calls):
/// errors are <see cref="CelEvaluationException"/>s; <c>&amp;&amp;</c>, <c>||</c>, <c>all</c> and
/// <c>exists</c> absorb an error when another operand decides the result, as CEL defines.
/// </summary>
internal static class CelLib
{
    public static CelEvaluationException NoSuchKey(string field) => new($"no such key: {field}");

    /// <summary>A required field is absent: the schema check reports it, and the API server does not run the rules of an object that fails its schema.</summary>
    public static CelEvaluationException MissingRequired(string field) => new($"no such key: {field}", requiredFieldMissing: true);

    /// <summary>CEL's <c>&amp;&amp;</c> when the left operand can fail: false wins over an error on either side.</summary>
    public static bool And(Func<bool> left, Func<bool> right)
    {
        bool leftValue;
        try
        {
            leftValue = left();
        }
        catch (CelEvaluationException)
        {
            if (!right())
            {
                return false;
            }

            throw;
        }

        return leftValue && right();
    }

    /// <summary>CEL's <c>||</c> when the left operand can fail: true wins over an error on either side.</summary>
    public static bool Or(Func<bool> left, Func<bool> right)
    {
        bool leftValue;
        try
        {
            leftValue = left();
        }
        catch (CelEvaluationException)
        {
            if (right())
            {
                return true;
            }

            throw;
        }

        return leftValue || right();
    }

    public static bool All<T>(IEnumerable<T> range, Func<T, bool> predicate)
    {
        CelEvaluationException? error = null;
        foreach (var item in range)
        {
            try
            {
                if (!predicate(item))
                {
                    return false;
                }
            }
            catch (CelEvaluationException e)
            {
                error ??= e;
            }
        }

        return error is null ? true : throw error;
    }

    public static bool Exists<T>(IEnumerable<T> range, Func<T, bool> predicate)
    {
        CelEvaluationException? error = null;
        foreach (var item in range)
        {
            try
            {
                if (predicate(item))
                {
                    return true;
                }
            }
            catch (CelEvaluationException e)
            {
                error ??= e;
            }
        }

        return error is null ? false : throw error;
    }

    public static bool ExistsOne<T>(IEnumerable<T> range, Func<T, bool> predicate)
    {
        var count = 0;
        foreach (var item in range)
        {
            if (predicate(item))
            {
                count++;
            }
        }

        return count == 1;
    }

    public static List<T> Filter<T>(IEnumerable<T> range, Func<T, bool> predicate) => range.Where(predicate).ToList();

    public static List<TResult> Map<T, TResult>(IEnumerable<T> range, Func<T, TResult> transform) => range.Select(transform).ToList();

    public static List<TResult> Map<T, TResult>(IEnumerable<T> range, Func<T, bool> predicate, Func<T, TResult> transform) => range.Where(predicate).Select(transform).ToList();

    /// <summary>A list or map field: the model's (empty means absent), else the schema default the API server would have filled in.</summary>
    public static TCollection OrDefault<TCollection>(TCollection value, TCollection schemaDefault)
        where TCollection : System.Collections.ICollection
        => value.Count > 0 ? value : schemaDefault;

    public static bool In<T>(T value, IEnumerable<T> list) => list.Contains(value);

    /// <summary>A string's length in code points.</summary>
    public static long Size(string value)
    {
        long count = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if (!char.IsLowSurrogate(value[i]))
            {
                count++;
            }
        }

        return count;
    }

    public static long Size<T>(IReadOnlyCollection<T> value) => value.Count;

    public static T At<T>(IReadOnlyList<T> list, long index)
        => index >= 0 && index < list.Count ? list[(int)index] : throw new CelEvaluationException($"index out of bounds: {index}");

    public static TValue At<TValue>(IReadOnlyDictionary<string, TValue> map, string key)
        => map.TryGetValue(key, out var value) ? value : throw NoSuchKey(key);

    /// <summary>The string of an int-or-string value (a rule that checked <c>type(self) == string</c>); an int is a type error.</summary>
    public static string AsString(IntOrString value) => value.StringValue ?? throw new CelEvaluationException("no such overload: int is not a string");

    public static bool Matches(string value, Regex pattern) => pattern.IsMatch(value);

    public static string LowerAscii(string value) => string.Create(value.Length, value, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = char.IsAsciiLetterUpper(source[i]) ? (char)(source[i] + 32) : source[i];
        }
    });

    public static string UpperAscii(string value) => string.Create(value.Length, value, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = char.IsAsciiLetterLower(source[i]) ? (char)(source[i] - 32) : source[i];
        }
    });

    public static List<string> Split(string value, string separator) => separator.Length == 0
        ? value.EnumerateRunes().Select(r => r.ToString()).ToList()
        : [.. value.Split(separator)];

    /// <summary>The suffix from a code-point index (Kubernetes strings library).</summary>
    public static string Substring(string value, long start)
    {
        var size = Size(value);
        if (start < 0 || start > size)
        {
            throw new CelEvaluationException($"index out of range: {start}");
        }

        var offset = 0;
        for (long i = 0; i < start; i++)
        {
            offset += char.IsHighSurrogate(value[offset]) ? 2 : 1;
        }

        return value[offset..];
    }

    public static int CompareStrings(string left, string right) => string.CompareOrdinal(left, right);

    /// <summary>Kubernetes' isIP: an IPv4 address in dotted-quad form without leading zeros, or an IPv6 address without a zone.</summary>
    public static bool IsIP(string value)
    {
        if (value.Contains(':', StringComparison.Ordinal))
        {
            return !value.Contains('%', StringComparison.Ordinal)
                && System.Net.IPAddress.TryParse(value, out var address)
                && address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6;
        }

        var parts = value.Split('.');
        return parts.Length == 4 && parts.All(IsIPv4Octet);
    }

    private static bool IsIPv4Octet(string part)
        => part.Length is > 0 and <= 3 && part.All(char.IsAsciiDigit) && (part.Length == 1 || part[0] != '0') && int.Parse(part, System.Globalization.CultureInfo.InvariantCulture) <= 255;

    /// <summary><c>format.named(name).validate(value)</c>: the errors, or null when valid.</summary>
    public static List<string>? ValidateFormat(string format, string value) => format switch
    {
        "dns1123Label" => value.Length <= 63 && Dns1123Label.IsMatch(value)
            ? null
            : ["a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character"],
        _ => throw new CelEvaluationException($"unknown format: {format}"),
    };

    private static readonly Regex Dns1123Label = new("^[a-z0-9]([-a-z0-9]*[a-z0-9])?\\z", RegexOptions.CultureInvariant);
}
