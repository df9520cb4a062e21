using System.Globalization;

namespace EnvoyGateway.Dsl.Rules;

/// <summary>EG1003 for string length limits of the CRD (minLength/maxLength).</summary>
internal static class LengthCheck
{
    /// <returns>True when the length is within limits (or unknown).</returns>
    public static bool Check(IRuleSink sink, string field, Fact<string> value, int min, int max)
    {
        if (!value.IsKnown)
        {
            return true;
        }

        var length = value.Value.Length;
        if (length >= min && length <= max)
        {
            return true;
        }

        var limit = min > 0
            ? string.Format(CultureInfo.InvariantCulture, "must be {0}–{1} characters long, but it has {2}", min, max, length)
            : string.Format(CultureInfo.InvariantCulture, "must be at most {0} characters long, but it has {1}", max, length);
        sink.Report(RuleCatalog.EG1003, field, [MessageText.Value(value.Value), limit]);
        return false;
    }
}
