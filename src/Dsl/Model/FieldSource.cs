namespace EnvoyGateway.Dsl;

/// <summary>
/// Where one field of an object read from YAML is: the value's line and column when it is a scalar with
/// a value, else the key's (an empty value, or a block whose content starts on the next line).
/// </summary>
internal readonly record struct FieldSource(string Name, int Line, int Column);

/// <summary>
/// The <see cref="FieldSource"/>s of one object: a run of a chunk the parser shares between many objects,
/// so that recording positions adds no array per object (see <c>Serialization.FieldSourceRecorder</c>).
/// Default (no chunk) for objects created in C#.
/// </summary>
internal readonly struct FieldSourceList
{
    private readonly FieldSource[]? _chunk;
    private readonly int _start;

    public FieldSourceList(FieldSource[] chunk, int start, int count)
    {
        _chunk = chunk;
        _start = start;
        Count = count;
    }

    /// <summary>False for objects created in C#.</summary>
    public bool IsRecorded => _chunk is not null;

    public int Count { get; }

    public FieldSource this[int index] => _chunk![_start + index];

    /// <summary>Written once by the parser, entry by entry.</summary>
    public void Set(int index, FieldSource source) => _chunk![_start + index] = source;

    /// <summary>The index of the first entry named <paramref name="name"/> at or after <paramref name="from"/> in steps of <paramref name="step"/>, or -1.</summary>
    public int IndexOf(string name, int from = 0, int step = 1)
    {
        for (var i = from; i < Count; i += step)
        {
            if (string.Equals(_chunk![_start + i].Name, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
