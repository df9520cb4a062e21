using System.Globalization;
using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace EnvoyGateway.Dsl.Serialization;

/// <summary>
/// Turns YamlDotNet's low-level parser events into one <see cref="YamlNode"/> tree per document, enforcing
/// what holds for any manifest: scalar keys, no duplicate keys, no merge keys, only standard tags, and a
/// bound on the nodes materialised across the stream (each alias counts its whole subtree again), so that
/// "billion laughs" input is refused at the first alias past the limit. Iterative: nesting depth cannot
/// exhaust the stack.
/// </summary>
internal sealed class YamlTreeReader
{
    private const string StandardTagPrefix = "tag:yaml.org,2002:";

    private readonly Parser _parser;
    private readonly string? _sourceName;
    private readonly int _maxNodes;
    private readonly List<Frame> _frames = [];
    private readonly Dictionary<string, YamlNode> _anchors = new(StringComparer.Ordinal);
    private long _nodes;

    public YamlTreeReader(string yaml, string? sourceName, ParseOptions options)
    {
        _parser = new Parser(new StringReader(yaml));
        _sourceName = sourceName;
        _maxNodes = options.MaxNodes;
    }

    /// <summary>The next document's root (an empty plain scalar for an empty document), or null at the end of the stream.</summary>
    public YamlNode? ReadDocument()
    {
        YamlNode? root = null;
        while (Next() is { } parsingEvent)
        {
            switch (parsingEvent)
            {
                case DocumentStart:
                    _anchors.Clear();
                    break;
                case DocumentEnd:
                    return root;
                case Scalar scalar:
                    Count(1, scalar);
                    var tag = TagOf(scalar.Tag, scalar);
                    var node = new YamlScalarNode((int)scalar.Start.Line, (int)scalar.Start.Column, tag, scalar.Value, scalar.Style == ScalarStyle.Plain && tag == YamlTag.None);
                    Remember(scalar.Anchor, node);
                    Add(node, ref root);
                    break;
                case MappingStart mapping:
                    Count(1, mapping);
                    _frames.Add(new Frame(new YamlMappingNode((int)mapping.Start.Line, (int)mapping.Start.Column, TagOf(mapping.Tag, mapping)), mapping.Anchor, _nodes));
                    break;
                case SequenceStart sequence:
                    Count(1, sequence);
                    _frames.Add(new Frame(new YamlSequenceNode((int)sequence.Start.Line, (int)sequence.Start.Column, TagOf(sequence.Tag, sequence)), sequence.Anchor, _nodes));
                    break;
                case MappingEnd or SequenceEnd:
                    var frame = _frames[^1];
                    _frames.RemoveAt(_frames.Count - 1);
                    frame.Node.Size = (int)(_nodes - frame.NodesBefore + 1);
                    Remember(frame.Anchor, frame.Node);
                    Add(frame.Node, ref root);
                    break;
                case AnchorAlias alias:
                    if (!_anchors.TryGetValue(alias.Value.Value, out var target))
                    {
                        throw Error(alias, $"alias *{alias.Value.Value} refers to no anchor defined before it");
                    }

                    if (_nodes + target.Size > _maxNodes)
                    {
                        throw Error(alias, string.Create(CultureInfo.InvariantCulture, $"alias expansion exceeds the limit of {_maxNodes} nodes (ParseOptions.MaxNodes)"));
                    }

                    _nodes += target.Size;
                    Add(target, ref root);
                    break;
            }
        }

        return null;
    }

    private ParsingEvent? Next()
    {
        try
        {
            return _parser.MoveNext() ? _parser.Current : null;
        }
        catch (YamlException exception)
        {
            throw new ManifestParseException(_sourceName, (int)exception.Start.Line, (int)exception.Start.Column, RenderPath(), "malformed YAML: " + exception.Message, exception);
        }
    }

    private void Count(int nodes, ParsingEvent at)
    {
        _nodes += nodes;
        if (_nodes > _maxNodes)
        {
            throw Error(at, string.Create(CultureInfo.InvariantCulture, $"the stream has more than {_maxNodes} nodes (ParseOptions.MaxNodes)"));
        }
    }

    private void Remember(AnchorName anchor, YamlNode node)
    {
        if (!anchor.IsEmpty)
        {
            _anchors[anchor.Value] = node;
        }
    }

    private void Add(YamlNode node, ref YamlNode? root)
    {
        if (_frames.Count == 0)
        {
            root = node;
            return;
        }

        var frame = _frames[^1];
        if (frame.Node is YamlSequenceNode sequence)
        {
            sequence.Items.Add(node);
            return;
        }

        var mapping = (YamlMappingNode)frame.Node;
        if (frame.PendingKey is { } key)
        {
            mapping.Entries.Add(new(key, node));
            frame.PendingKey = null;
            return;
        }

        if (node is not YamlScalarNode scalarKey)
        {
            throw new ManifestParseException(_sourceName, node.Line, node.Column, RenderPath(), $"mapping keys must be scalars, found {node.Describe()}");
        }

        if (scalarKey.IsPlain && scalarKey.Value == "<<")
        {
            frame.PendingKey = scalarKey;
            throw new ManifestParseException(_sourceName, node.Line, node.Column, RenderPath(), "merge keys (<<) are not supported; write the fields out");
        }

        if (frame.AddKey(scalarKey.Value))
        {
            frame.PendingKey = scalarKey;
            return;
        }

        frame.PendingKey = scalarKey;
        throw new ManifestParseException(_sourceName, node.Line, node.Column, RenderPath(), $"duplicate key \"{scalarKey.Value}\"");
    }

    private YamlTag TagOf(TagName tag, ParsingEvent at)
    {
        if (tag.IsEmpty || tag.IsNonSpecific)
        {
            return YamlTag.None;
        }

        var name = tag.Value;
        var standard = name.StartsWith(StandardTagPrefix, StringComparison.Ordinal) ? name[StandardTagPrefix.Length..] : null;
        return standard switch
        {
            "str" => YamlTag.Str,
            "int" => YamlTag.Int,
            "bool" => YamlTag.Bool,
            "null" => YamlTag.Null,
            "float" => YamlTag.Float,
            "timestamp" => YamlTag.Timestamp,
            "map" => YamlTag.Map,
            "seq" => YamlTag.Seq,
            _ => throw Error(at, $"tag {name} is not supported; remove it (only the standard tags !!str, !!int, !!bool, !!null, !!float, !!timestamp, !!map and !!seq are)"),
        };
    }

    private ManifestParseException Error(ParsingEvent at, string reason)
        => new(_sourceName, (int)at.Start.Line, (int)at.Start.Column, RenderPath(), reason);

    /// <summary>The field path of the node being read, from the open mappings' pending keys and the open sequences' lengths.</summary>
    private string RenderPath()
    {
        var builder = new StringBuilder();
        foreach (var frame in _frames)
        {
            if (frame.Node is YamlSequenceNode sequence)
            {
                builder.Append('[').Append(sequence.Items.Count.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
            else if (frame.PendingKey is { } key)
            {
                if (builder.Length > 0)
                {
                    builder.Append('.');
                }

                builder.Append(key.Value);
            }
        }

        return builder.ToString();
    }

    private sealed class Frame(YamlNode node, AnchorName anchor, long nodesBefore)
    {
        // Linear search is cheapest for the small mappings of a manifest; big ones switch to a set.
        private const int SetThreshold = 16;
        private HashSet<string>? _keySet;

        public YamlNode Node { get; } = node;

        public AnchorName Anchor { get; } = anchor;

        public long NodesBefore { get; } = nodesBefore;

        public YamlScalarNode? PendingKey { get; set; }

        /// <summary>False when the mapping already has <paramref name="key"/>.</summary>
        public bool AddKey(string key)
        {
            var entries = ((YamlMappingNode)Node).Entries;
            if (_keySet is not null)
            {
                return _keySet.Add(key);
            }

            foreach (var entry in entries)
            {
                if (string.Equals(entry.Key.Value, key, StringComparison.Ordinal))
                {
                    return false;
                }
            }

            if (entries.Count >= SetThreshold)
            {
                _keySet = new HashSet<string>(StringComparer.Ordinal);
                foreach (var entry in entries)
                {
                    _keySet.Add(entry.Key.Value);
                }

                _keySet.Add(key);
            }

            return true;
        }
    }
}
