using System.Diagnostics;
using System.Runtime.InteropServices;

namespace EnvoyGateway.Dsl.Tool.Tests;

/// <summary>
/// The tool as users get it: packed into a local feed with a unique version, installed with
/// <c>dotnet tool install --tool-path</c> into a fresh NuGet cache, and run as <c>egdsl</c>.
/// </summary>
public class PackagedToolTests
{
    [Fact]
    public void The_packed_tool_installs_and_validates_as_egdsl()
    {
        using var work = new TempFolder();
        var version = "0.0.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture);
        var feed = Path.Combine(work.Path, "feed");
        var tools = Path.Combine(work.Path, "tools");
        var project = Path.Combine(Fixture.RepositoryRoot, "src", "Tool", "EnvoyGateway.Dsl.Tool.csproj");

        // Its own artifacts folder, so packing does not touch the build the tests run from.
        Run(Dotnet, ["pack", project, "-c", "Release", "-o", feed, "-p:Version=" + version, "--artifacts-path", Path.Combine(work.Path, "artifacts")], work.Path);
        Assert.True(File.Exists(Path.Combine(feed, $"EnvoyGateway.Dsl.Tool.{version}.nupkg")));
        Run(Dotnet, ["tool", "install", "--tool-path", tools, "--add-source", feed, "EnvoyGateway.Dsl.Tool", "--version", version], work.Path,
            ("NUGET_PACKAGES", Path.Combine(work.Path, "nuget-packages")));

        var invalid = work.Write("invalid.yaml", Inputs.Invalid);
        var egdsl = Path.Combine(tools, OperatingSystem.IsWindows() ? "egdsl.exe" : "egdsl");
        var (exitCode, stdout, stderr) = Run(egdsl, ["validate", Inputs.ReleaseOption, Inputs.Release, "invalid.yaml"], work.Path, expectSuccess: false);

        Assert.True(exitCode == 1, $"exit {exitCode}\n{stdout}\n{stderr}");
        Assert.Equal(
            ["invalid.yaml(19,20): error EG3001", "invalid.yaml(21,21): warning EG3009", "invalid.yaml(22,17): error EG1001"],
            Origins(stdout));
        Assert.Matches(@"^Validated 1 resource from 1 file in \d{1,3}(,\d{3})* ms: 2 errors, 1 warning\r?\n$", stderr);
        Assert.True(File.Exists(invalid));

        // The real console's standard input, as in `helm template … | egdsl validate -`.
        var piped = Run(egdsl, ["validate", Inputs.ReleaseOption, Inputs.Release, "-"], work.Path, expectSuccess: false, stdin: Inputs.Invalid);
        Assert.True(piped.ExitCode == 1, $"exit {piped.ExitCode}\n{piped.Stdout}\n{piped.Stderr}");
        Assert.Equal(["<stdin>(19,20): error EG3001", "<stdin>(21,21): warning EG3009", "<stdin>(22,17): error EG1001"], Origins(piped.Stdout));
    }

    /// <summary>"file(line,col): severity ID" of each finding line.</summary>
    private static IEnumerable<string> Origins(string stdout)
        => stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l[..l.IndexOf(": ", l.IndexOf("): ", StringComparison.Ordinal) + 3, StringComparison.Ordinal)]);

    private static string Dotnet => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    private static (int ExitCode, string Stdout, string Stderr) Run(string file, string[] args, string directory, (string Name, string Value)? environment = null, bool expectSuccess = true, string? stdin = null)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = stdin is not null,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // The tool's launcher looks for the runtime here when dotnet is not installed system-wide.
        start.Environment["DOTNET_ROOT"] = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        if (environment is var (name, value))
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
            process.StandardInput.Close();
        }

        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        var result = (process.ExitCode, stdout.Result, stderr.Result);
        if (expectSuccess)
        {
            Assert.True(process.ExitCode == 0, $"{file} {string.Join(' ', args)} exited {process.ExitCode}\n{result.Item2}\n{result.Item3}");
        }

        return result;
    }
}
