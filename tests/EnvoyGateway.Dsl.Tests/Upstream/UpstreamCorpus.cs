namespace EnvoyGateway.Dsl.Tests.Upstream;

/// <summary>
/// tests/Fixtures/upstream/envoy-gateway-corpus (its README): Envoy Gateway's own documents of every release,
/// one manifest row per document with the verdict against the release's CRDs.
/// </summary>
internal static class UpstreamCorpus
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Folder => Path.Combine(RepositoryRoot, "tests", "Fixtures", "upstream", "envoy-gateway-corpus");

    public static string CrdFolder(string releaseTag) => Path.Combine(RepositoryRoot, "src", "Generator", "Input", releaseTag, "crds");

    public static IReadOnlyList<Row> Rows { get; } = Load();

    /// <summary>One manifest row; <see cref="File"/> relative to the corpus folder.</summary>
    internal sealed record Row(string Release, string Source, string Index, string Kind, string ApiVersion, string Namespace, string Name, string File, string Verdict, string Detail)
    {
        public bool IsStream => File.StartsWith("streams/", StringComparison.Ordinal);

        public string Key => $"{Kind}/{Namespace}/{Name}";
    }

    private static List<Row> Load()
        => [.. File.ReadLines(Path.Combine(Folder, "manifest.tsv")).Skip(1)
            .Select(line => line.Split('\t'))
            .Select(f => new Row(f[0], f[1], f[2], f[4], f[5], f[6], f[7], f[8], f[9], f.Length > 10 ? f[10] : ""))];

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "src", "Generator", "Input")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("the repository root (with src/Generator/Input) is not above the test assembly");
    }
}
