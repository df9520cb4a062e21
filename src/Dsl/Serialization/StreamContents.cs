namespace EnvoyGateway.Dsl.Serialization;

/// <summary>
/// What the binders take out of one stream: the resources, and, when reading a mixed stream
/// (<see cref="ManifestSet.Read(string, string?, ParseOptions?)"/>), the documents of kinds the DSL does not
/// model, counted by kind, and the errors of the documents that could not be read.
/// </summary>
internal sealed class StreamContents(bool setsAsideOtherKinds)
{
    private readonly Dictionary<string, int> _setAside = new(StringComparer.Ordinal);
    private readonly List<ManifestParseException> _errors = [];

    /// <summary>False for <see cref="ManifestSet.Parse(string)"/>: a kind the DSL does not model is an error there.</summary>
    public bool SetsAsideOtherKinds { get; } = setsAsideOtherKinds;

    public ManifestSet Resources { get; } = [];

    public void SetAside(string kind) => _setAside[kind] = _setAside.GetValueOrDefault(kind) + 1;

    public void AddError(ManifestParseException error) => _errors.Add(error);

    /// <summary>Takes in what a part of the stream yielded, read on its own.</summary>
    public void Append(StreamContents part)
    {
        Resources.AddRange(part.Resources);
        foreach (var (kind, count) in part._setAside)
        {
            _setAside[kind] = _setAside.GetValueOrDefault(kind) + count;
        }

        _errors.AddRange(part._errors);
    }

    public ManifestReadResult ToResult() => new(Resources, _setAside, _errors);
}
