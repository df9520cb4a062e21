namespace EnvoyGateway.Dsl.Serialization;

/// <summary>
/// Hands out runs of shared chunks for the <see cref="FieldSource"/>s of one parse. Chunks start small (a
/// one-policy parse allocates little) and double up to <see cref="MaxChunkLength"/> entries (16 KiB, below
/// the large object heap, whose allocations hasten full collections). One array per object cost an
/// array header per object on top of the entries, all of which the collector copies on promotion; the
/// chunks keep only the entries (docs/yaml.md has the measurements).
/// </summary>
internal sealed class FieldSourceRecorder(string file)
{
    private const int FirstChunkLength = 64;
    private const int MaxChunkLength = 1024;

    private FieldSourceChunk? _chunk;
    private int _used;

    /// <summary>A run of <paramref name="count"/> entries (a map's keys and values).</summary>
    public FieldSourceList Reserve(int count)
    {
        var chunk = Room(count);
        var run = new FieldSourceList(chunk, _used, count);
        _used += count;
        return run;
    }

    /// <summary>
    /// Records <paramref name="target"/>'s own position (<paramref name="line"/>, <paramref name="column"/>)
    /// and reserves the run of its <paramref name="count"/> fields right after it.
    /// </summary>
    public FieldSourceList Record(SourceTrackedObject target, int line, int column, int count)
    {
        var chunk = Room(count + 1);
        chunk.Entries[_used] = new FieldSource("", line, column);
        target.SetRecorded(chunk, _used, count);
        var run = new FieldSourceList(chunk, _used + 1, count);
        _used += count + 1;
        return run;
    }

    private FieldSourceChunk Room(int count)
    {
        if (_chunk is null || _chunk.Entries.Length - _used < count)
        {
            var length = Math.Max(count, _chunk is null ? FirstChunkLength : Math.Min(_chunk.Entries.Length * 2, MaxChunkLength));
            _chunk = new FieldSourceChunk(file, length);
            _used = 0;
        }

        return _chunk;
    }
}
