using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace EnvoyGateway.Dsl.Cel;

/// <summary>
/// CEL's string functions and the Kubernetes libraries the CRDs' rules call, as values in and values out: shared by
/// the translated rules of build time (src/Dsl/Generated/Cel) and of edit time (src/Analyzers/Generated/Cel), so
/// both give the same verdict. Errors are <see cref="CelEvaluationException"/>s.
/// </summary>
internal static class CelStrings
{
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

    public static string LowerAscii(string value)
    {
        var text = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            text.Append(c is >= 'A' and <= 'Z' ? (char)(c + 32) : c);
        }

        return text.ToString();
    }

    public static string UpperAscii(string value)
    {
        var text = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            text.Append(c is >= 'a' and <= 'z' ? (char)(c - 32) : c);
        }

        return text.ToString();
    }

    /// <summary>Kubernetes' <c>split</c>: an empty separator splits into code points.</summary>
    public static List<string> Split(string value, string separator)
    {
        if (separator.Length > 0)
        {
            return [.. value.Split([separator], StringSplitOptions.None)];
        }

        var parts = new List<string>(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var width = char.IsHighSurrogate(value[i]) && i + 1 < value.Length ? 2 : 1;
            parts.Add(value.Substring(i, width));
            i += width - 1;
        }

        return parts;
    }

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

        return value.Substring(offset);
    }

    public static int Compare(string left, string right) => string.CompareOrdinal(left, right);

    public static bool Matches(string value, Regex pattern) => pattern.IsMatch(value);

    /// <summary>Kubernetes' isIP: an IPv4 address in dotted-quad form without leading zeros, or an IPv6 address without a zone.</summary>
    public static bool IsIP(string value)
    {
        if (value.IndexOfAny(Colon) >= 0)
        {
            return value.IndexOfAny(Percent) < 0
                && System.Net.IPAddress.TryParse(value, out var address)
                && address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6;
        }

        var parts = value.Split('.');
        return parts.Length == 4 && parts.All(IsIPv4Octet);
    }

    // IndexOfAny, not Contains(char): this file is also compiled for the netstandard2.0 analyzer.
    private static readonly char[] Colon = [':'];
    private static readonly char[] Percent = ['%'];

    private static bool IsIPv4Octet(string part)
        => part.Length is > 0 and <= 3 && part.All(c => c is >= '0' and <= '9') && (part.Length == 1 || part[0] != '0') && int.Parse(part, CultureInfo.InvariantCulture) <= 255;

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
