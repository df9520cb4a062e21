namespace EnvoyGateway.Dsl.Serialization;

/// <summary>
/// The nodes of <see cref="BlockYamlReader"/>'s previous document, handed out again for the next one. A
/// document's tree is garbage once it is bound (values are copied out as strings, positions as numbers), and
/// building a fresh one allocated about 10 KB per v1.9 policy: 102 of the 159 MB a parse of 10,000 allocated,
/// which filled gen0 twice as often as the model alone (docs/performance.md).
/// </summary>
internal sealed class YamlNodeRecycler
{
    private readonly List<YamlScalarNode> _scalars = [];
    private readonly List<YamlMappingNode> _mappings = [];
    private readonly List<YamlSequenceNode> _sequences = [];
    private int _scalarsUsed;
    private int _mappingsUsed;
    private int _sequencesUsed;

    /// <summary>Every node handed out so far may be handed out again: the previous document is done with.</summary>
    public void Reset()
    {
        _scalarsUsed = 0;
        _mappingsUsed = 0;
        _sequencesUsed = 0;
    }

    public YamlScalarNode Scalar(int line, int column, string value, bool isPlain)
    {
        if (_scalarsUsed < _scalars.Count)
        {
            var node = _scalars[_scalarsUsed++];
            node.Reuse(line, column, value, isPlain);
            return node;
        }

        var created = new YamlScalarNode(line, column, YamlTag.None, value, isPlain);
        _scalars.Add(created);
        _scalarsUsed++;
        return created;
    }

    public YamlMappingNode Mapping(int line, int column)
    {
        if (_mappingsUsed < _mappings.Count)
        {
            var node = _mappings[_mappingsUsed++];
            node.Reuse(line, column);
            return node;
        }

        var created = new YamlMappingNode(line, column, YamlTag.None);
        _mappings.Add(created);
        _mappingsUsed++;
        return created;
    }

    public YamlSequenceNode Sequence(int line, int column)
    {
        if (_sequencesUsed < _sequences.Count)
        {
            var node = _sequences[_sequencesUsed++];
            node.Reuse(line, column);
            return node;
        }

        var created = new YamlSequenceNode(line, column, YamlTag.None);
        _sequences.Add(created);
        _sequencesUsed++;
        return created;
    }
}
