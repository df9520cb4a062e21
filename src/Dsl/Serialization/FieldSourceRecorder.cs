namespace EnvoyGateway.Dsl.Serialization;

/// <summary>
/// Hands out runs of shared chunks for the <see cref="FieldSource"/>s of one parse. Chunks start small (a
/// one-policy parse allocates little) and double up to <see cref="MaxChunkLength"/> entries (16 KiB, below
/// the large object heap, whose allocations hasten full collections). One array per object cost an
/// array header per object on top of the entries, all of which the collector copies on promotion; the
/// chunks keep only the entries (docs/yaml.md has the measurements).
/// </summary>
internal sealed class FieldSourceRecorder
{
    private const int FirstChunkLength = 64;
    private const int MaxChunkLength = 1024;

    private FieldSource[] _chunk = [];
    private int _used;

    public FieldSourceList Reserve(int count)
    {
        if (_chunk.Length - _used < count)
        {
            var length = Math.Max(count, _chunk.Length == 0 ? FirstChunkLength : Math.Min(_chunk.Length * 2, MaxChunkLength));
            _chunk = new FieldSource[length];
            _used = 0;
        }

        var run = new FieldSourceList(_chunk, _used, count);
        _used += count;
        return run;
    }
}
