namespace EnvoyGateway.Dsl;

/// <summary>
/// Where one field of an object read from YAML is: the value's line and column when it is a scalar with
/// a value, else the key's (an empty value, or a block whose content starts on the next line).
/// </summary>
internal readonly record struct FieldSource(string Name, int Line, int Column);

/// <summary>
/// Positions of one parse, shared by many objects (see <c>Serialization.FieldSourceRecorder</c>): an object
/// read from YAML keeps this chunk and an index instead of a file name, a line, a column and a run of its own.
/// </summary>
internal sealed class FieldSourceChunk(string file, int length)
{
    /// <summary>The source name every position of the chunk is in.</summary>
    public string File { get; } = file;

    public FieldSource[] Entries { get; } = new FieldSource[length];
}

/// <summary>
/// The <see cref="FieldSource"/>s of one object or map: a run of a <see cref="FieldSourceChunk"/>. Default (no
/// chunk) for objects created in C#.
/// </summary>
internal readonly struct FieldSourceList
{
    private readonly FieldSourceChunk? _chunk;
    private readonly int _start;

    public FieldSourceList(FieldSourceChunk chunk, int start, int count)
    {
        _chunk = chunk;
        _start = start;
        Count = count;
    }

    /// <summary>False for objects created in C#.</summary>
    public bool IsRecorded => _chunk is not null;

    public int Count { get; }

    public FieldSource this[int index] => _chunk!.Entries[_start + index];

    /// <summary>Written once by the parser, entry by entry.</summary>
    public void Set(int index, FieldSource source) => _chunk!.Entries[_start + index] = source;

    /// <summary>The index of the first entry named <paramref name="name"/> at or after <paramref name="from"/> in steps of <paramref name="step"/>, or -1.</summary>
    public int IndexOf(string name, int from = 0, int step = 1)
    {
        var entries = _chunk?.Entries;
        for (var i = from; i < Count; i += step)
        {
            if (string.Equals(entries![_start + i].Name, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
