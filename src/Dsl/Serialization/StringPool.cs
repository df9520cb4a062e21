namespace EnvoyGateway.Dsl.Serialization;

/// <summary>
/// One string per distinct text: texts that recur (YAML keys and short values within a stream, the paths of
/// findings within a validation run) share one instance instead of a copy each. Bounded, so that unique texts
/// cost no more than a copy once it is full.
/// </summary>
internal sealed class StringPool
{
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly int _maxLength;
    private readonly int _maxEntries;

    public StringPool(int maxLength, int maxEntries)
    {
        _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
        _maxLength = maxLength;
        _maxEntries = maxEntries;
    }

    public string Get(ReadOnlySpan<char> text)
    {
        if (text.Length > _maxLength)
        {
            return text.ToString();
        }

        if (_lookup.TryGetValue(text, out var shared))
        {
            return shared;
        }

        var created = text.ToString();
        if (_strings.Count < _maxEntries)
        {
            _strings.Add(created, created);
        }

        return created;
    }
}
