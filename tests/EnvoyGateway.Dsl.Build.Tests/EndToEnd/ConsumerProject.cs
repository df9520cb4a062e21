namespace EnvoyGateway.Dsl.Build.Tests.EndToEnd;

/// <summary>A fresh user project that references the packed package, built with the dotnet CLI.</summary>
internal sealed class ConsumerProject
{
    private readonly PackedPackage _package;

    public ConsumerProject(PackedPackage package, string name, string properties = "", string targetFramework = "net10.0")
    {
        _package = package;
        Directory = Path.Combine(package.WorkDirectory, name);
        System.IO.Directory.CreateDirectory(Directory);
        var frameworks = targetFramework.Contains(';', StringComparison.Ordinal)
            ? $"<TargetFrameworks>{targetFramework}</TargetFrameworks>"
            : $"<TargetFramework>{targetFramework}</TargetFramework>";
        ProjectFile = Path.Combine(Directory, name + ".csproj");
        WriteProject(frameworks, properties);
    }

    public string Directory { get; }

    public string ProjectFile { get; }

    /// <summary>The default output root: $(OutDir)manifests/.</summary>
    public string ManifestsRoot(string targetFramework = "net10.0") => Path.Combine(Directory, "bin", "Debug", targetFramework, "manifests");

    /// <summary>
    /// The end-to-end policies are written in the v0.6 shape (TargetRef, which 1.1 deprecates): a project
    /// selects that release unless its properties select another.
    /// </summary>
    public const string DefaultRelease = "<EnvoyGatewayVersion>0.6</EnvoyGatewayVersion>";

    public void WriteProject(string frameworks, string properties) => File.WriteAllText(ProjectFile, $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            {frameworks}
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
            {(properties.Contains("<EnvoyGatewayVersion>", StringComparison.Ordinal) ? "" : DefaultRelease)}
            {properties}
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="EnvoyGateway.Dsl" Version="{_package.Version}" />
          </ItemGroup>
        </Project>
        """);

    public string Write(string file, string content)
    {
        var path = Path.Combine(Directory, file);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>What an editor needs before it can load the project: the package resolved into obj/project.assets.json.</summary>
    public CommandResult Restore()
        => DotnetCli.Run("dotnet", Directory, _package.Environment, "restore", "-nologo", "-tl:off");

    public CommandResult Build(params string[] arguments)
        => DotnetCli.Run("dotnet", Directory, _package.Environment, ["build", "-nologo", "-tl:off", "-nodeReuse:false", .. arguments]);
}
