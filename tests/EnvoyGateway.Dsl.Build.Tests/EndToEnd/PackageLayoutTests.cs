using System.IO.Compression;
using System.Xml.Linq;

namespace EnvoyGateway.Dsl.Build.Tests.EndToEnd;

[Collection(PackedPackageCollection.Name)]
public sealed class PackageLayoutTests(PackedPackage package)
{
    [Fact]
    public void ThePackageHoldsTheLibraryAnalyzersBuildFilesAndEmitter()
    {
        using var zip = ZipFile.OpenRead(package.PackagePath);
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet();

        Assert.Subset(entries, new HashSet<string>
        {
            "README.md",
            "lib/net10.0/EnvoyGateway.Dsl.dll",
            "lib/net10.0/EnvoyGateway.Dsl.xml",
            "analyzers/dotnet/cs/EnvoyGateway.Dsl.Analyzers.dll",
            "analyzers/dotnet/cs/EnvoyGateway.Dsl.CodeFixes.dll",
            "build/EnvoyGateway.Dsl.props",
            "build/EnvoyGateway.Dsl.Releases.props",
            "build/EnvoyGateway.Dsl.targets",
            "tools/net10.0/EnvoyGateway.Dsl.Emitter.dll",
            "tools/net10.0/EnvoyGateway.Dsl.Emitter.runtimeconfig.json",
            "tools/net10.0/EnvoyGateway.Dsl.Emitter.deps.json",
            "tools/net10.0/EnvoyGateway.Dsl.dll",
            "tools/net10.0/YamlDotNet.dll",
        });
        Assert.DoesNotContain(entries, e => e.Contains("Microsoft.CodeAnalysis", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) && !e.StartsWith("lib/net10.0/EnvoyGateway.Dsl.", StringComparison.Ordinal));
    }

    [Fact]
    public void TheOnlyDependencyIsTheLibrarysYamlDotNet_AndTheMetadataIsFilledIn()
    {
        using var zip = ZipFile.OpenRead(package.PackagePath);
        using var nuspec = zip.GetEntry("EnvoyGateway.Dsl.nuspec")!.Open();
        var metadata = XDocument.Load(nuspec).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string Value(string name) => metadata.Elements().Single(e => e.Name.LocalName == name).Value;

        var dependencies = metadata.Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => (string)e.Attribute("id")!);
        Assert.Equal(["YamlDotNet"], dependencies);
        Assert.Equal("MIT", Value("license"));
        Assert.Equal("README.md", Value("readme"));
        Assert.Equal(package.Version, Value("version"));
        Assert.NotEmpty(Value("description"));
        Assert.Contains("kubernetes", Value("tags"), StringComparison.Ordinal);
        Assert.NotNull(metadata.Elements().SingleOrDefault(e => e.Name.LocalName == "repository"));
    }
}
