using System.Globalization;

namespace EnvoyGateway.Dsl.Tool.Reporting;

/// <summary>"1 file", "3 files", "10,000 resources": counts for the summary lines.</summary>
internal static class Counted
{
    public static string Of(int count, string noun)
        => string.Create(CultureInfo.InvariantCulture, $"{count:N0} {(count == 1 ? noun : noun + "s")}");
}
