using System.Text;

namespace EnvoyGateway.Dsl.Emitter;

/// <summary>
/// Entry point, started by build/EnvoyGateway.Dsl.targets as <c>dotnet exec EnvoyGateway.Dsl.Emitter.dll SETTINGS</c>.
/// Exit code 0: manifests written (warnings possible); 1: errors reported, nothing written.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        Hosting.ShortLivedProcess.SuspendCollections();
        // UTF-8 without BOM whatever the console code page: the Exec task reads both streams as UTF-8.
        using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { NewLine = "\n" };
        using var stderr = new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false)) { NewLine = "\n" };
        var log = new ConsoleBuildLog(stdout, stderr);
        if (args.Length != 1)
        {
            log.Report(BuildDiagnostic.WithoutLocation(ValidationSeverity.Error, BuildDiagnosticIds.EmitterFailed, "usage: EnvoyGateway.Dsl.Emitter <settings-file>"));
            return 1;
        }

        try
        {
            return new ManifestEmitter(EmitSettings.Read(args[0]), log).Run();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
        {
            log.Report(BuildDiagnostic.WithoutLocation(ValidationSeverity.Error, BuildDiagnosticIds.EmitterFailed, ex.Message));
            return 1;
        }
    }
}
