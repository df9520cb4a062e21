namespace EnvoyGateway.Dsl.Build.Tests.EndToEnd;

/// <summary>Every file below a folder with its bytes and last write time: "nothing changed" means equal snapshots.</summary>
internal sealed record FolderSnapshot(IReadOnlyDictionary<string, (DateTime Written, string Content)> Files)
{
    public static FolderSnapshot Of(string folder)
        => new(System.IO.Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => (File.GetLastWriteTimeUtc(f), File.ReadAllText(f))));

    public void AssertUnchangedIn(string folder)
    {
        var now = Of(folder);
        Assert.Equal(Files.Keys, now.Files.Keys);
        foreach (var (file, before) in Files)
        {
            Assert.True(before == now.Files[file], $"{file} changed");
        }
    }
}
