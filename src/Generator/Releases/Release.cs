using System.Globalization;
using System.Text.RegularExpressions;

namespace EnvoyGateway.Dsl.Generator.Releases;

/// <summary>
/// One supported Envoy Gateway minor release, read from an input folder such as <c>v1.4.6</c>: the
/// user-facing name is the minor release ("1.4"); the patch release says which CRDs it was copied from.
/// </summary>
internal sealed partial class Release : IComparable<Release>
{
    private Release(int major, int minor, int patch, string folder)
    {
        Major = major;
        Minor = minor;
        Patch = patch;
        Folder = folder;
    }

    public int Major { get; }

    public int Minor { get; }

    public int Patch { get; }

    /// <summary>The input folder name, e.g. <c>v1.4.6</c>.</summary>
    public string Folder { get; }

    /// <summary>The position in <see cref="ReleaseList"/>, oldest first; set once the list is built.</summary>
    public int Index { get; internal set; } = -1;

    /// <summary>"1.4": what users write.</summary>
    public string Name => $"{Major}.{Minor}";

    /// <summary>"1.4.6": the patch release the CRDs come from.</summary>
    public string PatchName => $"{Major}.{Minor}.{Patch}";

    public static bool TryParseFolder(string folder, out Release? release)
    {
        var match = FolderPattern().Match(folder);
        if (!match.Success)
        {
            release = null;
            return false;
        }

        release = new Release(
            int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture),
            int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture),
            int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture),
            folder);
        return true;
    }

    public int CompareTo(Release? other)
    {
        if (other is null)
        {
            return 1;
        }

        return (Major, Minor, Patch).CompareTo((other.Major, other.Minor, other.Patch));
    }

    public override string ToString() => Name;

    [GeneratedRegex(@"^v(\d+)\.(\d+)\.(\d+)$")]
    private static partial Regex FolderPattern();
}
