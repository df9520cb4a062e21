using System.Globalization;
using System.Text;

namespace EnvoyGateway.Dsl.Validation;

/// <summary>
/// The path of the object being checked, kept as a stack of segments and rendered only when a finding
/// is reported, so that validating valid policies allocates no path strings.
/// </summary>
internal sealed class FieldPath
{
    private readonly List<(string Name, int Index)> _segments = [];

    // One builder for every rendering: a collector reports from one thread, and paths are short.
    private readonly StringBuilder _builder = new(64);

    public void Push(string name, int index = -1) => _segments.Add((name, index));

    public void Pop() => _segments.RemoveAt(_segments.Count - 1);

    public string Render(string field)
    {
        var builder = _builder.Clear();
        foreach (var (name, index) in _segments)
        {
            if (builder.Length > 0)
            {
                builder.Append('.');
            }

            builder.Append(name);
            if (index >= 0)
            {
                builder.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
        }

        if (field.Length > 0)
        {
            if (builder.Length > 0)
            {
                builder.Append('.');
            }

            builder.Append(field);
        }

        return builder.ToString();
    }
}
