using System.Text;
using EnvoyGateway.Dsl.Generator.Model;

namespace EnvoyGateway.Dsl.Generator.Emit;

/// <summary>
/// Fills the generated part of docs/releases.md (between its markers): the supported releases and what
/// each adds, removes and deprecates. The prose around the markers is hand-written.
/// </summary>
internal static class ReleasesDocEmitter
{
    public const string RelativePath = "docs/releases.md";
    public static string Emit(UnionModel model, string currentDocument)
        => GeneratedSection.Replace(RelativePath, currentDocument, "releases", Generated(model));

    public static string Generated(UnionModel model)
    {
        var text = new StringBuilder();
        text.Append("\n### Supported releases\n\n");
        text.Append("| release | CRDs from | Envoy Gateway kinds | Gateway API kinds (version written) |\n|---|---|---|---|\n");
        foreach (var release in model.Releases.All)
        {
            var kinds = model.Kinds.Where(k => k.Releases.Contains(release)).ToList();
            var envoy = kinds.Where(k => k.Group == "gateway.envoyproxy.io").Select(k => k.Kind);
            var gatewayApi = kinds.Where(k => k.Group != "gateway.envoyproxy.io").Select(k => $"{k.Kind} {k.NewestServedVersion(release.Index)}");
            text.Append($"| {release.Name} | v{release.PatchName} | {string.Join(", ", envoy)} | {string.Join(", ", gatewayApi)} |\n");
        }

        text.Append("\n### What each release changes\n\n");
        text.Append("Paths are JSON paths under the kind (`[]` marks list items). A field whose parent is new is not listed again; ");
        text.Append("a change to a type used at several paths is listed once, at its first path.\n");
        foreach (var changes in ReleaseChanges.Compute(model))
        {
            var release = changes.Release;
            text.Append($"\n#### {release.Name} (against {model.Releases[release.Index - 1].Name})\n\n");
            foreach (var kind in changes.KindsAdded)
            {
                text.Append($"- new kind **{kind.Kind}** ({kind.Group}/{kind.NewestServedVersion(release.Index)})\n");
            }

            foreach (var kind in changes.KindsRemoved)
            {
                text.Append($"- kind **{kind.Kind}** ({kind.Group}) no longer served\n");
            }

            foreach (var (kind, from, to) in changes.VersionChanges)
            {
                text.Append($"- **{kind.Kind}** is written as {kind.Group}/{to} (was {from})\n");
            }

            if (changes.KindsAdded.Count + changes.KindsRemoved.Count + changes.VersionChanges.Count > 0)
            {
                text.Append('\n');
            }

            if (changes.Kinds.Count == 0)
            {
                text.Append("No field or value changes.\n");
                continue;
            }

            text.Append("| kind | added | removed | deprecated | values added | values removed |\n|---|---|---|---|---|---|\n");
            foreach (var kind in changes.Kinds)
            {
                text.Append($"| {kind.Kind.Kind} | {Paths(kind.Added)} | {Paths(kind.Removed)} | {Paths(kind.Deprecated)} | {Values(kind.ValuesAdded)} | {Values(kind.ValuesRemoved)} |\n");
            }
        }

        text.Append('\n');
        return text.ToString();
    }

    private static string Paths(List<string> paths) => string.Join(", ", paths.Select(p => $"`{p}`"));

    private static string Values(List<(string Path, List<string> Values)> values)
        => string.Join("; ", values.Select(v => $"`{v.Path}`: {string.Join(", ", v.Values.Select(x => x.Replace("|", "\\|", StringComparison.Ordinal)))}"));
}
