namespace EnvoyGateway.Dsl.Generator.Emit;

/// <summary>
/// A document whose middle part the generator writes, between two markers; the prose around them is
/// hand-written and kept as it is.
/// </summary>
internal static class GeneratedSection
{
    public static string Begin(string name) => $"<!-- BEGIN GENERATED: {name} (src/Generator writes this part; do not edit) -->";

    public static string End(string name) => $"<!-- END GENERATED: {name} -->";

    /// <summary>The document with the part between the markers named <paramref name="name"/> replaced by <paramref name="generated"/>.</summary>
    public static string Replace(string relativePath, string currentDocument, string name, string generated)
    {
        var begin = currentDocument.IndexOf(Begin(name), StringComparison.Ordinal);
        var end = currentDocument.IndexOf(End(name), StringComparison.Ordinal);
        if (begin < 0 || end < begin)
        {
            throw new GenerationException($"{relativePath}: the markers '{Begin(name)}' and '{End(name)}' are missing.");
        }

        return currentDocument[..(begin + Begin(name).Length)] + "\n" + generated + currentDocument[end..];
    }

    /// <summary>The current text of a repository file, or "" when it does not exist yet.</summary>
    public static string Current(RepositoryLayout layout, string relativePath)
    {
        var path = Path.Combine(layout.Root, relativePath);
        return File.Exists(path) ? File.ReadAllText(path, System.Text.Encoding.UTF8) : "";
    }
}
