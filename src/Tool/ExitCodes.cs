namespace EnvoyGateway.Dsl.Tool;

/// <summary>The process exit codes, documented in docs/cli.md.</summary>
internal static class ExitCodes
{
    /// <summary>Done; no errors (warnings and infos may have been reported).</summary>
    public const int Success = 0;

    /// <summary>validate found at least one error (or a warning, with --warnaserror).</summary>
    public const int Findings = 1;

    /// <summary>Bad command line, or an input that is missing or that the parser refuses.</summary>
    public const int InputError = 2;
}
