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

    /// <summary>
    /// Where each field written in the YAML mapping is (set by the parser, in mapping order); empty and
    /// not recorded for objects created in C#. Findings on YAML point at the field's value with it.
    /// </summary>
    internal FieldSourceList FieldSources { get; set; }

    /// <summary>True when the parser created this object from YAML (its findings then speak YAML).</summary>
    internal bool IsFromYaml => FieldSources.IsRecorded;

    /// <summary>The position of <paramref name="field"/> (a JSON name) when it was written in the YAML; null otherwise.</summary>
    internal SourceLocation? SourceOf(string field)
    {
        var index = FieldSources.IndexOf(field);
        return index < 0 ? null : new SourceLocation(Source.File, FieldSources[index].Line, FieldSources[index].Column);
    }

    /// <summary>The object at <paramref name="index"/> of the list field <paramref name="list"/>, for findings about one item; null when there is none.</summary>
    internal virtual SourceTrackedObject? Item(string list, int index) => null;
}
