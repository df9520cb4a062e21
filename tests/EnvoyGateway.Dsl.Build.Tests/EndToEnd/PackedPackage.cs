using System.Globalization;
using System.Reflection;

namespace EnvoyGateway.Dsl.Build.Tests.EndToEnd;

/// <summary>
/// Packs src/Package once per test run into a temporary feed with a unique version, and gives the
/// consumer projects a fresh NUGET_PACKAGES folder: no stale copy of the package can hide anything.
/// </summary>
public sealed class PackedPackage : IDisposable
{
    public PackedPackage()
    {
        RepositoryRoot = typeof(PackedPackage).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "RepositoryRoot").Value!;
        WorkDirectory = Path.Combine(Path.GetTempPath(), "egdsl-e2e-" + Guid.NewGuid().ToString("N")[..8]);
        Feed = Path.Combine(WorkDirectory, "feed");
        Version = "0.1.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        Environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(WorkDirectory, "packages") };
        Directory.CreateDirectory(Feed);

        // Only the package version is unique: the assemblies keep their version (and no commit id), so later runs reuse the Release build.
        var pack = DotnetCli.Run("dotnet", RepositoryRoot, new Dictionary<string, string>(),
            "pack", Path.Combine(RepositoryRoot, "src", "Package", "EnvoyGateway.Dsl.Package.csproj"),
            "-c", "Release", "-o", Feed, "-p:PackageVersion=" + Version, "-p:IncludeSourceRevisionInInformationalVersion=false", "-nologo", "-tl:off", "-v:m");
        if (pack.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet pack failed:\n" + pack.Output);
        }

        PackagePath = Path.Combine(Feed, $"EnvoyGateway.Dsl.{Version}.nupkg");
        // Consumer projects live below WorkDirectory (outside the repository: nothing inherited) and find the feed here,
        // in addition to the machine's own package sources (YamlDotNet restores from there).
        File.WriteAllText(Path.Combine(WorkDirectory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="egdsl-e2e" value="{Feed}" />
              </packageSources>
            </configuration>
            """);
    }

    public string RepositoryRoot { get; }

    public string WorkDirectory { get; }

    public string Feed { get; }

    public string Version { get; }

    public string PackagePath { get; }

    /// <summary>Environment for consumer builds: the run's own global packages folder.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(WorkDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file; the folder is in the temp directory.
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PackedPackageCollection : ICollectionFixture<PackedPackage>
{
    public const string Name = "packed package";
}
