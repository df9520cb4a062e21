using EnvoyGateway.Dsl.Generator.Releases;

namespace EnvoyGateway.Dsl.Generator.Emit;

/// <summary>Writes <c>EnvoyGatewayVersion</c>: the supported releases as a public type of the product.</summary>
internal static class VersionEmitter
{
    public const string RelativePath = "src/Dsl/Generated/EnvoyGatewayVersion.cs";

    public static string Emit(ReleaseList releases)
    {
        var supported = string.Join(", ", releases.All.Select(r => r.Name));
        var w = new CodeWriter();
        w.Line(CodeWriter.Header.TrimEnd('\n'));
        w.Line();
        w.Line("using System.Diagnostics.CodeAnalysis;");
        w.Line();
        w.Line("namespace EnvoyGateway.Dsl;");
        w.Line();
        w.Doc("summary", $"An Envoy Gateway release the DSL models, by minor version (the patch releases of a minor release share their CRDs' shape). Supported: {supported}; the default is the newest. Parse the spelling users write: the MSBuild property EnvoyGatewayVersion and the command line's --envoy-gateway-version take the same values.");
        w.Open("public sealed class EnvoyGatewayVersion : IEquatable<EnvoyGatewayVersion>, IComparable<EnvoyGatewayVersion>");
        w.Open("private EnvoyGatewayVersion(int index, int major, int minor, string crdRelease)");
        w.Line("Index = index;").Line("Major = major;").Line("Minor = minor;").Line("CrdRelease = crdRelease;");
        w.Close();
        foreach (var release in releases.All)
        {
            w.Line();
            w.Doc("summary", $"Envoy Gateway {release.Name} (modelled from the CRDs of v{release.PatchName}).");
            w.Line($"public static EnvoyGatewayVersion {MemberName(release)} {{ get; }} = new({release.Index}, {release.Major}, {release.Minor}, \"{release.PatchName}\");");
        }

        w.Line();
        w.Doc("summary", "Every supported release, oldest first.");
        w.Line($"public static IReadOnlyList<EnvoyGatewayVersion> Supported {{ get; }} = [{string.Join(", ", releases.All.Select(MemberName))}];");
        w.Line();
        w.Doc("summary", "The newest supported release.");
        w.Line($"public static EnvoyGatewayVersion Newest => {MemberName(releases.Newest)};");
        w.Line();
        w.Doc("summary", "The release used when none is chosen: the newest.");
        w.Line("public static EnvoyGatewayVersion Default => Newest;");
        w.Line();
        w.Doc("summary", "The supported releases as users write them, comma-separated, for messages.");
        w.Line($"public static string SupportedList => \"{supported}\";");
        w.Line();
        w.Doc("summary", "The major version (1 for 1.9).");
        w.Line("public int Major { get; }");
        w.Line();
        w.Doc("summary", "The minor version (9 for 1.9).");
        w.Line("public int Minor { get; }");
        w.Line();
        w.Doc("summary", "The patch release whose CRDs the model of this release was generated from, e.g. \"1.4.6\".");
        w.Line("public string CrdRelease { get; }");
        w.Line();
        w.Doc("summary", "Position among the supported releases, oldest first: the bit of this release in the generated release sets.");
        w.Line("internal int Index { get; }");
        w.Line();
        w.Doc("summary", "This release's bit in a release set (a uint bitmask over Supported).");
        w.Line("internal uint Bit => 1u << Index;");
        w.Line();
        w.Doc("summary", "Reads \"0.6\", \"1.0\" … as users write them; anything else throws a FormatException naming the supported releases.");
        w.Line("public static EnvoyGatewayVersion Parse(string text)");
        w.Line("    => TryParse(text, out var version) ? version : throw new FormatException(UnsupportedMessage(text));");
        w.Line();
        w.Doc("summary", "Reads \"0.6\", \"1.0\" … as users write them (surrounding white space ignored); false for anything else.");
        w.Open("public static bool TryParse(string? text, [NotNullWhen(true)] out EnvoyGatewayVersion? version)");
        w.Open("switch (text?.Trim())");
        foreach (var release in releases.All)
        {
            w.Line($"case \"{release.Name}\": version = {MemberName(release)}; return true;");
        }

        w.Line("default: version = null; return false;");
        w.Close();
        w.Close();
        w.Line();
        w.Doc("summary", "The message for a release string that is not supported: it names the supported ones.");
        w.Line("public static string UnsupportedMessage(string? text)");
        w.Line("    => $\"'{text}' is not a supported Envoy Gateway version; supported: {SupportedList} (default: {Default}).\";");
        w.Line();
        w.Doc("summary", "\"1.9\": the spelling Parse reads.");
        w.Line("public override string ToString() => $\"{Major}.{Minor}\";");
        w.Line();
        w.DocRaw("<inheritdoc/>");
        w.Line("public int CompareTo(EnvoyGatewayVersion? other) => other is null ? 1 : Index.CompareTo(other.Index);");
        w.Line();
        w.DocRaw("<inheritdoc/>");
        w.Line("public bool Equals(EnvoyGatewayVersion? other) => ReferenceEquals(this, other);");
        w.Line();
        w.DocRaw("<inheritdoc/>");
        w.Line("public override bool Equals(object? obj) => ReferenceEquals(this, obj);");
        w.Line();
        w.DocRaw("<inheritdoc/>");
        w.Line("public override int GetHashCode() => Index;");
        w.Line();
        w.Doc("summary", "True when both are the same release.");
        w.Line("public static bool operator ==(EnvoyGatewayVersion? left, EnvoyGatewayVersion? right) => ReferenceEquals(left, right);");
        w.Line();
        w.Doc("summary", "True when the releases differ.");
        w.Line("public static bool operator !=(EnvoyGatewayVersion? left, EnvoyGatewayVersion? right) => !ReferenceEquals(left, right);");
        foreach (var (op, words) in new[] { ("<", "older than"), ("<=", "older than or the same as"), (">", "newer than"), (">=", "newer than or the same as") })
        {
            w.Line();
            w.Doc("summary", $"True when the left release is {words} the right one.");
            w.Line($"public static bool operator {op}(EnvoyGatewayVersion left, EnvoyGatewayVersion right) => Comparer<EnvoyGatewayVersion>.Default.Compare(left, right) {op} 0;");
        }

        w.Close();
        return w.ToString();
    }

    /// <summary><c>V1_9</c>.</summary>
    public static string MemberName(Release release) => $"V{release.Major}_{release.Minor}";
}
