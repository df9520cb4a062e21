namespace EnvoyGateway.Dsl.Emitter;

/// <summary>A finding of the emitter, printed in canonical MSBuild form so that IDEs and CI logs pick it up.</summary>
internal sealed record BuildDiagnostic(ValidationSeverity Severity, string Id, string? File, int Line, int Column, string Message)
{
    public static BuildDiagnostic WithoutLocation(ValidationSeverity severity, string id, string message)
        => new(severity, id, null, 0, 0, message);

    /// <summary><c>File(line,col): error ID: message</c> on one line (the canonical-format parser reads lines); the origin is left out when no file is known.</summary>
    public string ToCanonical()
        => CanonicalDiagnostic.Format(File, Line > 0 ? Line : null, Line > 0 ? Math.Max(Column, 1) : null, Severity, Id, Message.ReplaceLineEndings(" "));
}

/// <summary>IDs of the build-integration findings (the rule catalog uses EG1xxx–EG5xxx).</summary>
internal static class BuildDiagnosticIds
{
    /// <summary>The emitter itself failed, or the build stopped before writing.</summary>
    public const string EmitterFailed = "EG9000";

    /// <summary>Evaluating a set threw.</summary>
    public const string SetThrew = "EG9001";

    /// <summary>Two sets share a (case-insensitive) name, so they would share a folder.</summary>
    public const string DuplicateSetName = "EG9002";

    /// <summary>The project's assembly or one of its dependencies could not be loaded.</summary>
    public const string LoadFailed = "EG9003";

    /// <summary>Writing or removing an output file failed.</summary>
    public const string WriteFailed = "EG9004";

    /// <summary>A set member returned null.</summary>
    public const string NullSet = "EG9005";

    /// <summary>A resource cannot be given a safe, unique file name.</summary>
    public const string UnsafeFileName = "EG9006";

    /// <summary><c>EnvoyGatewayVersion</c> names no supported Envoy Gateway release.</summary>
    public const string UnsupportedRelease = "EG9007";
}
