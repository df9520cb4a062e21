using System.Globalization;
using EnvoyGateway.Dsl.Serialization;

namespace EnvoyGateway.Dsl.Validation;

/// <summary>
/// The path of the object being checked, kept as a stack of segments and rendered only when a finding
/// is reported, so that validating valid policies allocates no path strings.
/// </summary>
internal sealed class FieldPath
{
    private readonly List<(string Name, int Index)> _segments = [];

    // "-2147483648": the longest an index can print.
    private const int MaxIndexLength = 11;

    // One buffer for every rendering: a path belongs to one collector, which reports from one thread.
    private char[] _buffer = new char[64];
    private int _length;

    // Findings recur at the same path across resources (a deprecated field on every policy of a set): one
    // string serves them all instead of a copy per finding, which the result would keep alive.
    private readonly StringPool _rendered = new(maxLength: 256, maxEntries: 1024);

    public void Push(string name, int index = -1) => _segments.Add((name, index));

    public void Pop() => _segments.RemoveAt(_segments.Count - 1);

    public string Render(string field)
    {
        _length = 0;
        foreach (var (name, index) in _segments)
        {
            AppendSegment(name);
            if (index >= 0)
            {
                Append("[");
                Reserve(MaxIndexLength);
                index.TryFormat(_buffer.AsSpan(_length), out var written, provider: CultureInfo.InvariantCulture);
                _length += written;
                Append("]");
            }
        }

        if (field.Length > 0)
        {
            AppendSegment(field);
        }

        return _rendered.Get(_buffer.AsSpan(0, _length));
    }

    private void AppendSegment(string name)
    {
        if (_length > 0)
        {
            Append(".");
        }

        Append(name);
    }

    private void Append(string text)
    {
        Reserve(text.Length);
        text.CopyTo(_buffer.AsSpan(_length));
        _length += text.Length;
    }

    private void Reserve(int count)
    {
        if (_length + count > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + count));
        }
    }
}
