namespace EnvoyGateway.Dsl;

/// <summary>
/// Base of every model object: it remembers the source location that created it, so that validation
/// diagnostics can point at the user's line instead of at a generated file.
/// </summary>
public abstract class SourceTrackedObject
{
    // 16 bytes per object, since a parsed set holds tens of them per resource and the collector copies
    // each on promotion. From C#: the file, line and column. From YAML: the parse's shared chunk of
    // positions, the index of this object's own entry in it, and how many field entries follow that.
    private object _origin;
    private int _line;
    private int _column;

    private protected SourceTrackedObject(string callerFilePath, int callerLineNumber)
    {
        _origin = callerFilePath ?? "";
        _line = callerLineNumber;
    }

    /// <summary>
    /// The C# line (from caller-info attributes on the constructor) or the YAML position (set by the
    /// parser) that created this object.
    /// </summary>
    public SourceLocation Source
    {
        get
        {
            if (_origin is FieldSourceChunk chunk)
            {
                var own = chunk.Entries[_line];
                return new SourceLocation(chunk.File, own.Line, own.Column);
            }

            return new SourceLocation((string)_origin, _line, _column);
        }

        // Forgets recorded field positions: the parser sets a position only on objects it does not record.
        internal set
        {
            _origin = value.File;
            _line = value.Line;
            _column = value.Column;
        }
    }

    /// <summary>
    /// Where each field written in the YAML mapping is (recorded by the parser, in mapping order); empty and
    /// not recorded for objects created in C#. Findings on YAML point at the field's value with it.
    /// </summary>
    internal FieldSourceList FieldSources => _origin is FieldSourceChunk chunk ? FieldsIn(chunk) : default;

    /// <summary>True when the parser created this object from YAML (its findings then speak YAML).</summary>
    internal bool IsFromYaml => _origin is FieldSourceChunk;

    /// <summary>Set by <c>Serialization.FieldSourceRecorder</c>: this object's own entry is <paramref name="index"/>, its fields' follow.</summary>
    internal void SetRecorded(FieldSourceChunk chunk, int index, int fieldCount)
    {
        _origin = chunk;
        _line = index;
        _column = fieldCount;
    }

    /// <summary>The position of <paramref name="field"/> (a JSON name) when it was written in the YAML; null otherwise.</summary>
    internal SourceLocation? SourceOf(string field)
    {
        if (_origin is not FieldSourceChunk chunk)
        {
            return null;
        }

        var fields = FieldsIn(chunk);
        var index = fields.IndexOf(field);
        return index < 0 ? null : new SourceLocation(chunk.File, fields[index].Line, fields[index].Column);
    }

    private FieldSourceList FieldsIn(FieldSourceChunk chunk) => new(chunk, _line + 1, _column);

    /// <summary>The object at <paramref name="index"/> of the list field <paramref name="list"/>, for findings about one item; null when there is none.</summary>
    internal virtual SourceTrackedObject? Item(string list, int index) => null;
}
