using System.Text;

namespace EnvoyGateway.Dsl.Tool.Import;

/// <summary>A piece of generated C#: a plain expression, or an object/collection initializer.</summary>
internal abstract class CodeNode
{
    /// <summary>The node on one line, or null when it must span lines.</summary>
    public abstract string? Inline { get; }
}

/// <summary>A literal or a constant reference: always one line.</summary>
internal sealed class CodeExpression(string text) : CodeNode
{
    public override string Inline => text;
}

/// <summary>
/// <c>head { entry, entry }</c>: an object creation with an initializer (<c>new() { … }</c>), a nested
/// initializer (empty head: <c>Metadata = { … }</c>), or a collection initializer (entries without a
/// prefix). Written on one line when it fits, as a person would, else one entry per line.
/// </summary>
internal sealed class CodeInitializer(string head, bool multiline = false) : CodeNode
{
    private readonly List<(string Prefix, CodeNode Value)> _entries = [];
    private string? _inline;
    private bool _inlineComputed;

    public string Head => head;

    public bool IsEmpty => _entries.Count == 0;

    public IReadOnlyList<(string Prefix, CodeNode Value)> Entries => _entries;

    public override string? Inline
    {
        get
        {
            if (!_inlineComputed)
            {
                _inline = ComputeInline();
                _inlineComputed = true;
            }

            return _inline;
        }
    }

    /// <summary>Adds <c>Name = value</c>.</summary>
    public CodeInitializer Set(string name, CodeNode value)
    {
        _entries.Add((name + " = ", value));
        return this;
    }

    /// <summary>Adds <c>Name = value</c> when the value is there.</summary>
    public CodeInitializer SetIf(string name, string? expression) => expression is null ? this : Set(name, new CodeExpression(expression));

    /// <summary>Adds <c>Name = { … }</c> or <c>Name = new() { … }</c> unless it holds nothing to write.</summary>
    public CodeInitializer SetUnlessEmpty(string name, CodeInitializer value) => value.IsEmpty && value.Head.Length == 0 ? this : Set(name, value);

    /// <summary>Adds <c>["key"] = value</c>.</summary>
    public CodeInitializer Index(string keyExpression, string valueExpression) => Index(keyExpression, new CodeExpression(valueExpression));

    /// <summary>Adds <c>["key"] = value</c> for any value (an object or collection too).</summary>
    public CodeInitializer Index(string keyExpression, CodeNode value)
    {
        _entries.Add(("[" + keyExpression + "] = ", value));
        return this;
    }

    /// <summary>Adds a collection item.</summary>
    public CodeInitializer Item(CodeNode value)
    {
        _entries.Add(("", value));
        return this;
    }

    private string? ComputeInline()
    {
        if (_entries.Count == 0)
        {
            return head.Length > 0 ? head : "{ }";
        }

        if (multiline)
        {
            return null;
        }

        var builder = new StringBuilder(head);
        builder.Append(head.Length > 0 ? " { " : "{ ");
        for (var i = 0; i < _entries.Count; i++)
        {
            if (_entries[i].Value.Inline is not { } value || builder.Length > CodeLayout.MaxWidth)
            {
                return null;
            }

            builder.Append(i > 0 ? ", " : "").Append(_entries[i].Prefix).Append(value);
        }

        return builder.Append(" }").ToString();
    }
}
