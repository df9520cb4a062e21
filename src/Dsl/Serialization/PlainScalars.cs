using System.Text.RegularExpressions;

namespace EnvoyGateway.Dsl.Serialization;

/// <summary>What a plain (unquoted) scalar means to a YAML reader.</summary>
internal enum PlainScalarKind
{
    String,
    Null,
    Boolean,
    Integer,
    Float,
    Timestamp,
}

/// <summary>
/// Resolves plain scalars the way the union of YAML 1.2 (core schema) and YAML 1.1 readers would.
/// Kubernetes reads manifests with a YAML 1.1 reader (go-yaml v2 through sigs.k8s.io/yaml), so a plain
/// <c>yes</c> or <c>1_000</c> that YAML 1.2 keeps as text still reaches the API server as a boolean or a
/// number: a string field only accepts a plain scalar that no reader takes for anything else.
/// </summary>
internal static partial class PlainScalars
{
    public static PlainScalarKind Resolve(string value)
    {
        if (value.Length == 0)
        {
            return PlainScalarKind.Null;
        }

        var first = value[0];
        if (first is not ((>= '0' and <= '9') or '-' or '+' or '.' or '~' or 'n' or 'N' or 't' or 'T' or 'f' or 'F' or 'y' or 'Y' or 'o' or 'O'))
        {
            return PlainScalarKind.String;
        }

        return value switch
        {
            "~" or "null" or "Null" or "NULL" => PlainScalarKind.Null,
            "true" or "True" or "TRUE" or "false" or "False" or "FALSE"
                or "y" or "Y" or "yes" or "Yes" or "YES" or "n" or "N" or "no" or "No" or "NO"
                or "on" or "On" or "ON" or "off" or "Off" or "OFF" => PlainScalarKind.Boolean,
            _ when IntegerPattern().IsMatch(value) => PlainScalarKind.Integer,
            _ when FloatPattern().IsMatch(value) => PlainScalarKind.Float,
            _ when TimestampPattern().IsMatch(value) => PlainScalarKind.Timestamp,
            _ => PlainScalarKind.String,
        };
    }

    /// <summary>"boolean true", "integer 10", "string abc": for error messages.</summary>
    public static string Describe(string value)
    {
        var shown = value.Length > 60 ? value[..60] + "…" : value;
        return Resolve(value) switch
        {
            PlainScalarKind.Null => "null",
            PlainScalarKind.Boolean => "boolean " + shown,
            PlainScalarKind.Integer => "integer " + shown,
            PlainScalarKind.Float => "float " + shown,
            PlainScalarKind.Timestamp => "timestamp " + shown,
            _ => "string " + shown,
        };
    }

    /// <summary>YAML 1.2 core integers only (what the reader converts): decimal, 0o octal, 0x hex.</summary>
    public static bool TryParseCoreInteger(string text, out long value)
    {
        value = 0;
        if (!CoreIntegerPattern().IsMatch(text))
        {
            return false;
        }

        try
        {
            if (text.StartsWith("0x", StringComparison.Ordinal))
            {
                value = checked((long)Convert.ToUInt64(text[2..], 16));
            }
            else if (text.StartsWith("0o", StringComparison.Ordinal))
            {
                value = checked((long)Convert.ToUInt64(text[2..], 8));
            }
            else
            {
                value = long.Parse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture);
            }

            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    /// <summary>True for the YAML 1.2 core integer forms, whatever their range.</summary>
    public static bool IsCoreIntegerSyntax(string text) => CoreIntegerPattern().IsMatch(text);

    [GeneratedRegex(@"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex CoreIntegerPattern();

    // YAML 1.2 core ints plus YAML 1.1: binary, octal with leading 0, '_' separators, sexagesimal.
    [GeneratedRegex(@"^(?:[-+]?[0-9][0-9_]*|0o[0-7]+|[-+]?0b[01_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$", RegexOptions.CultureInvariant)]
    private static partial Regex IntegerPattern();

    // YAML 1.2 core floats plus YAML 1.1 ('_' separators, sexagesimal, '.' alone excluded).
    [GeneratedRegex(@"^(?:[-+]?(?:\.[0-9][0-9_]*|[0-9][0-9_]*(?:\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$", RegexOptions.CultureInvariant)]
    private static partial Regex FloatPattern();

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex TimestampPattern();
}
