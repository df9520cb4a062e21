using System.Buffers;
using System.Globalization;

namespace EnvoyGateway.Dsl.Serialization;

/// <summary>
/// The characters a <see cref="YamlTextWriter"/> writes, in one array rented from <see cref="ArrayPool{T}.Shared"/>
/// and returned on <see cref="Dispose"/>. Rather than a <see cref="System.Text.StringBuilder"/>: writing a large
/// set spent two thirds of its time allocating the builder's chunks and copying them into fresh memory
/// (docs/performance.md); a pooled array is warm from the previous call, and the pool lets it go under
/// memory pressure.
/// </summary>
internal sealed class YamlBuffer : IDisposable
{
    private char[] _chars;
    private int _length;

    public YamlBuffer(int capacity) => _chars = ArrayPool<char>.Shared.Rent(Math.Max(capacity, 256));

    /// <summary>The characters written so far; shortening it drops the ones after (it never grows it).</summary>
    public int Length
    {
        get => _length;
        set
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, _length);
            _length = value;
        }
    }

    /// <summary>What was written, valid until the next append.</summary>
    public ReadOnlySpan<char> Written => _chars.AsSpan(0, _length);

    public YamlBuffer Append(char value)
    {
        if (_length == _chars.Length)
        {
            Grow(1);
        }

        _chars[_length++] = value;
        return this;
    }

    public YamlBuffer Append(char value, int repeatCount)
    {
        if (_length + repeatCount > _chars.Length)
        {
            Grow(repeatCount);
        }

        _chars.AsSpan(_length, repeatCount).Fill(value);
        _length += repeatCount;
        return this;
    }

    public YamlBuffer Append(string value) => Append(value.AsSpan());

    public YamlBuffer Append(ReadOnlySpan<char> value)
    {
        if (_length + value.Length > _chars.Length)
        {
            Grow(value.Length);
        }

        value.CopyTo(_chars.AsSpan(_length));
        _length += value.Length;
        return this;
    }

    /// <summary>An integer in invariant form, formatted in place.</summary>
    public YamlBuffer Append(long value)
    {
        // 20 characters hold every long, sign included.
        if (_length + 20 > _chars.Length)
        {
            Grow(20);
        }

        value.TryFormat(_chars.AsSpan(_length), out var written, default, CultureInfo.InvariantCulture);
        _length += written;
        return this;
    }

    public override string ToString() => new(_chars, 0, _length);

    public string ToString(int start, int length) => new(_chars, start, length);

    public void Dispose()
    {
        if (_chars.Length == 0)
        {
            return; // already returned
        }

        var chars = _chars;
        _chars = [];
        _length = 0;
        ArrayPool<char>.Shared.Return(chars);
    }

    private void Grow(int needed)
    {
        var bigger = ArrayPool<char>.Shared.Rent((int)Math.Min(Array.MaxLength, Math.Max((long)_chars.Length * 2, (long)_length + needed)));
        _chars.AsSpan(0, _length).CopyTo(bigger);
        ArrayPool<char>.Shared.Return(_chars);
        _chars = bigger;
    }
}
