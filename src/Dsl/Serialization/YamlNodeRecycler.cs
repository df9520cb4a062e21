namespace EnvoyGateway.Dsl.Serialization;

/// <summary>
/// The nodes of <see cref="BlockYamlReader"/>'s previous document, handed out again for the next one. A
/// document's tree is garbage once it is bound (values are copied out as strings, positions as numbers), and
/// building a fresh one allocated about 10 KB per v1.9 policy: 102 of the 159 MB a parse of 10,000 allocated,
/// which filled gen0 nearly three times as often as the model alone (docs/performance.md).
/// </summary>
internal sealed class YamlNodeRecycler
{
    private readonly Shelf<YamlScalarNode> _scalars = new();
    private readonly Shelf<YamlMappingNode> _mappings = new();
    private readonly Shelf<YamlSequenceNode> _sequences = new();

    /// <summary>Every node handed out so far may be handed out again: the previous document is done with.</summary>
    public void Reset()
    {
        _scalars.Reset();
        _mappings.Reset();
        _sequences.Reset();
    }

    public YamlScalarNode Scalar(int line, int column, string value, bool isPlain)
    {
        if (_scalars.Next() is { } node)
        {
            node.Reuse(line, column, value, isPlain);
            return node;
        }

        return _scalars.Keep(new YamlScalarNode(line, column, YamlTag.None, value, isPlain));
    }

    public YamlMappingNode Mapping(int line, int column)
    {
        if (_mappings.Next() is { } node)
        {
            node.Reuse(line, column);
            return node;
        }

        return _mappings.Keep(new YamlMappingNode(line, column, YamlTag.None));
    }

    public YamlSequenceNode Sequence(int line, int column)
    {
        if (_sequences.Next() is { } node)
        {
            node.Reuse(line, column);
            return node;
        }

        return _sequences.Keep(new YamlSequenceNode(line, column, YamlTag.None));
    }

    /// <summary>The nodes of one kind: those before the mark are in use by the current document.</summary>
    private sealed class Shelf<T>
        where T : class
    {
        private readonly List<T> _nodes = [];
        private int _used;

        public void Reset() => _used = 0;

        /// <summary>A node to reuse, or null when every node on the shelf is in use.</summary>
        public T? Next() => _used < _nodes.Count ? _nodes[_used++] : null;

        /// <summary>Puts a new node on the shelf, in use.</summary>
        public T Keep(T node)
        {
            _nodes.Add(node);
            _used++;
            return node;
        }
    }
}
