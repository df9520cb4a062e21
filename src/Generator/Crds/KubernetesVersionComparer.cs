using System.Globalization;
using System.Text.RegularExpressions;

namespace EnvoyGateway.Dsl.Generator.Crds;

/// <summary>
/// Kubernetes API version priority: GA before beta before alpha, then the higher number first
/// (v1 &gt; v1beta2 &gt; v1beta1 &gt; v1alpha2), the order <c>kubectl</c> prefers versions in.
/// </summary>
internal sealed partial class KubernetesVersionComparer : IComparer<string>
{
    public static KubernetesVersionComparer NewestFirst { get; } = new();

    public int Compare(string? x, string? y) => Rank(y).CompareTo(Rank(x)) is var byRank and not 0 ? byRank : string.CompareOrdinal(x, y);

    private static (int Stability, int Major, int Minor) Rank(string? version)
    {
        var match = version is null ? Match.Empty : VersionPattern().Match(version);
        if (!match.Success)
        {
            return (-1, -1, -1);
        }

        var major = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var stability = match.Groups[2].Value switch { "" => 3, "beta" => 2, _ => 1 };
        var minor = match.Groups[3].Success ? int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture) : 0;
        return (stability, major, minor);
    }

    [GeneratedRegex(@"^v(\d+)(?:(alpha|beta)(\d+))?$")]
    private static partial Regex VersionPattern();
}
