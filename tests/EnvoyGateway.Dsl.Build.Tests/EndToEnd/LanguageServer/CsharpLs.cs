using System.Text.Json.Nodes;

namespace EnvoyGateway.Dsl.Build.Tests.EndToEnd.LanguageServer;

/// <summary>
/// csharp-ls, a C# language server published on NuGet as a dotnet tool, installed from there into a temporary tool
/// path once for the test class, the way its README tells users to install it.
/// </summary>
public sealed class CsharpLs : IDisposable
{
    /// <summary>The version docs/editors.md describes: its settings and behaviour were checked against this one.</summary>
    public const string Version = "0.28.0";

    private static readonly TimeSpan InitializeTimeout = TimeSpan.FromSeconds(60);

    public CsharpLs()
    {
        ToolPath = Path.Combine(Path.GetTempPath(), "egdsl-csharp-ls-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(ToolPath);
        var install = DotnetCli.Run("dotnet", ToolPath, new Dictionary<string, string>(),
            "tool", "install", "csharp-ls", "--version", Version, "--tool-path", ToolPath);
        if (install.ExitCode != 0)
        {
            throw new InvalidOperationException($"Installing csharp-ls {Version} from NuGet failed:\n{install}");
        }

        Executable = Path.Combine(ToolPath, OperatingSystem.IsWindows() ? "csharp-ls.exe" : "csharp-ls");
    }

    public string ToolPath { get; }

    public string Executable { get; }

    /// <summary>
    /// Starts the server on <paramref name="project"/>'s folder, with the consumer's NUGET_PACKAGES so that its MSBuild
    /// resolves the packed package. <paramref name="csharpSettings"/> is the <c>csharp</c> section an editor answers
    /// <c>workspace/configuration</c> with; null for an editor that has none (the server's defaults apply).
    /// </summary>
    internal Task<LanguageServerClient> StartAsync(ConsumerProject project, IReadOnlyDictionary<string, string> environment, JsonObject? csharpSettings)
        => LanguageServerClient.StartAsync(
            DotnetCli.StartInfo(Executable, project.Directory, environment),
            project.Directory,
            csharpSettings is null ? [] : new JsonObject { ["csharp"] = csharpSettings },
            InitializeTimeout);

    public void Dispose()
    {
        try
        {
            Directory.Delete(ToolPath, recursive: true);
        }
        catch (IOException)
        {
            // The folder is in the temp directory.
        }
    }
}
