namespace EnvoyGateway.Dsl;

/// <summary>
/// Base of every model object: it remembers the source location that created it, so that validation
/// diagnostics can point at the user's line instead of at a generated file.
/// </summary>
public abstract class SourceTrackedObject
{
    private protected SourceTrackedObject(string callerFilePath, int callerLineNumber)
    {
        Source = new SourceLocation(callerFilePath ?? "", callerLineNumber, 0);
    }

    /// <summary>
    /// The C# line (from caller-info attributes on the constructor) or the YAML position (set by the
    /// parser) that created this object.
    /// </summary>
    public SourceLocation Source { get; internal set; }
}
