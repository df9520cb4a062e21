namespace EnvoyGateway.Dsl.Serialization;

/// <summary>The standard tags of the YAML core and 1.1 type repositories; anything else is refused on read.</summary>
internal enum YamlTag : byte
{
    None,
    Str,
    Int,
    Bool,
    Null,
    Float,
    Timestamp,
    Map,
    Seq,
}

/// <summary>
/// One node of a parsed document. Alias occurrences reuse the anchored node instance, so a document is a
/// DAG whose shared subtrees are stored once; <see cref="Size"/> bounds the work of walking it.
/// </summary>
internal abstract class YamlNode(int line, int column, YamlTag tag)
{
    public int Line { get; private set; } = line;

    public int Column { get; private set; } = column;

    public YamlTag Tag { get; } = tag;

    /// <summary>Nodes this subtree materialises, counting every alias expansion inside it again.</summary>
    public int Size { get; set; } = 1;

    /// <summary>Makes this node a new one at another position (<see cref="YamlNodeRecycler"/>).</summary>
    private protected void MoveTo(int line, int column)
    {
        Line = line;
        Column = column;
        Size = 1;
    }

    /// <summary>"a string", "a mapping": for "expected X, found Y" messages.</summary>
    public abstract string Describe();
}

internal sealed class YamlScalarNode(int line, int column, YamlTag tag, string value, bool isPlain) : YamlNode(line, column, tag)
{
    public string Value { get; private set; } = value;

    /// <summary>Plain (unquoted, not a block scalar): only these are resolved to null, booleans and numbers.</summary>
    public bool IsPlain { get; private set; } = isPlain;

    /// <summary>What the value means as a plain scalar, resolved once: the binder asks several times per node.</summary>
    public PlainScalarKind PlainKind => _plainKind ??= PlainScalars.Resolve(Value);

    private PlainScalarKind? _plainKind;

    internal void Reuse(int line, int column, string value, bool isPlain)
    {
        MoveTo(line, column);
        Value = value;
        IsPlain = isPlain;
        _plainKind = null;
    }

    public override string Describe() => IsPlain ? PlainScalars.Describe(Value) : $"string \"{(Value.Length > 60 ? Value[..60] + "…" : Value)}\"";
}

internal sealed class YamlMappingNode(int line, int column, YamlTag tag) : YamlNode(line, column, tag)
{
    public List<KeyValuePair<YamlScalarNode, YamlNode>> Entries { get; } = [];

    internal void Reuse(int line, int column)
    {
        MoveTo(line, column);
        Entries.Clear();
    }

    public override string Describe() => "a mapping";
}

internal sealed class YamlSequenceNode(int line, int column, YamlTag tag) : YamlNode(line, column, tag)
{
    public List<YamlNode> Items { get; } = [];

    internal void Reuse(int line, int column)
    {
        MoveTo(line, column);
        Items.Clear();
    }

    public override string Describe() => "a sequence";
}
