using System.Text;

namespace EnvoyGateway.Dsl.Tool.Import;

/// <summary>Writes a <see cref="CodeNode"/> tree in the usual C# layout: four-space indents, Allman braces, trailing commas.</summary>
internal static class CodeLayout
{
    /// <summary>Lines longer than this are split (one initializer entry per line).</summary>
    public const int MaxWidth = 120;

    /// <summary>Appends <paramref name="prefix"/> and <paramref name="node"/> at <paramref name="indent"/>, ending with <paramref name="suffix"/> and a newline.</summary>
    public static void Write(StringBuilder output, int indent, string prefix, CodeNode node, string suffix)
    {
        var pad = new string(' ', indent * 4);
        if (node.Inline is { } inline && (node is CodeExpression || pad.Length + prefix.Length + inline.Length + suffix.Length <= MaxWidth))
        {
            output.Append(pad).Append(prefix).Append(inline).Append(suffix).Append('\n');
            return;
        }

        var initializer = (CodeInitializer)node;
        if (initializer.Head.Length > 0)
        {
            output.Append(pad).Append(prefix).Append(initializer.Head).Append('\n');
        }
        else
        {
            output.Append(pad).Append(prefix.TrimEnd()).Append('\n');
        }

        output.Append(pad).Append("{\n");
        foreach (var (entryPrefix, value) in initializer.Entries)
        {
            Write(output, indent + 1, entryPrefix, value, ",");
        }

        output.Append(pad).Append('}').Append(suffix).Append('\n');
    }
}
