using System.Buffers;
using System.Globalization;
using System.Text;

namespace EnvoyGateway.Dsl.Serialization;

/// <summary>
/// A hand-written reader for the block-style YAML that kubectl, our writer and jsonnet emit: document
/// markers, comments, block mappings and sequences (kubectl's indentless ones too), single-line plain,
/// single- and double-quoted scalars, and <c>{}</c>/<c>[]</c>. It builds exactly the trees that
/// <see cref="YamlTreeReader"/> builds through YamlDotNet (same values, styles, positions and sizes),
/// several times faster. Anything else — anchors, aliases, tags, flow collections, block or multi-line
/// scalars, complex keys, tabs, CR, directives, duplicate keys, too many nodes and all malformed input —
/// makes it decline, and the caller re-reads the whole stream through YamlDotNet, so every error still
/// comes from the library. Recursion is bounded by <see cref="MaxDepth"/>.
/// </summary>
internal sealed class BlockYamlReader
{
    private const int MaxDepth = 64;

    // YamlDotNet refuses implicit keys longer than 1024 characters; stay clear of its exact rule.
    private const int MaxImplicitKeyLength = 1000;

    // Mappings with more keys than this check duplicates with a set instead of a linear search.
    private const int KeySetThreshold = 16;

    // Outside the subset wherever they appear: tabs, CR, NEL, LS, PS, byte order marks.
    private static readonly SearchValues<char> UnsupportedAnywhere = SearchValues.Create("\t\r\u0085\u2028\u2029\uFEFF");

    private readonly string _text;
    private readonly long _maxNodes;
    // Shares the strings of repeated short keys and values within one stream.
    private readonly StringPool _pool = new(maxLength: 32, maxEntries: 4096);
    private readonly YamlNodeRecycler _recycled = new();
    private long _nodes;

    // The current line: [_lineStart, _lineEnd) without its '\n'; _indent leading spaces; 1-based number.
    private int _lineStart;
    private int _lineEnd;
    private int _indent;
    private int _line;
    private bool _atEnd;

    public BlockYamlReader(string text, ParseOptions options)
    {
        _text = text;
        _maxNodes = options.MaxNodes;
        _line = 1;
        SetLine(0);
        Declined = text.AsSpan().IndexOfAny(UnsupportedAnywhere) >= 0;
    }

    /// <summary>True once the reader met something outside its subset; the stream must be re-read by YamlDotNet.</summary>
    public bool Declined { get; private set; }

    /// <summary>
    /// The next document's root, or null at the end of the stream or when the reader declines. The tree is
    /// valid until the next call, which reuses its nodes: bind it (or copy what is needed) first.
    /// </summary>
    public YamlNode? ReadDocument()
    {
        if (Declined)
        {
            return null;
        }

        _recycled.Reset();

        try
        {
            return Document();
        }
        catch (DeclinedException)
        {
            Declined = true;
            return null;
        }
    }

    private YamlNode? Document()
    {
        SkipToContent();
        if (_atEnd)
        {
            return null;
        }

        YamlNode root;
        if (IsMarker('-'))
        {
            ExpectLineEnd(_lineStart + 3);
            NextLine();
            SkipToContent();
            root = _atEnd || IsMarker('-') || IsMarker('.') ? EmptyDocument() : Node(_lineStart + _indent, 0, block: true);
        }
        else if (IsMarker('.'))
        {
            throw Decline();
        }
        else
        {
            root = Node(_lineStart + _indent, 0, block: true);
        }

        if (_atEnd || IsMarker('-'))
        {
            return root;
        }

        if (!IsMarker('.'))
        {
            throw Decline();
        }

        ExpectLineEnd(_lineStart + 3);
        NextLine();
        SkipToContent();
        return _atEnd || IsMarker('-') ? root : throw Decline();
    }

    /// <summary>
    /// The node starting at <paramref name="at"/> on the current line; <paramref name="block"/> allows a
    /// block sequence or mapping to start there. Leaves the reader on the next content line.
    /// </summary>
    private YamlNode Node(int at, int depth, bool block)
    {
        if (depth > MaxDepth)
        {
            throw Decline();
        }

        if (Current(at) == '-' && IsBlankOrEnd(at + 1))
        {
            return block ? Sequence(at, depth) : throw Decline();
        }

        var node = Scalar(at, out var end);
        var after = SkipSpaces(end);
        if (Current(after) == ':' && IsBlankOrEnd(after + 1))
        {
            return block && node is YamlScalarNode key ? Mapping(at, key, after, depth) : throw Decline();
        }

        ExpectLineEnd(after);
        NextLine();
        SkipToContent();
        return node;
    }

    private YamlMappingNode Mapping(int at, YamlScalarNode firstKey, int colon, int depth)
    {
        var column = at - _lineStart;
        var mapping = _recycled.Mapping(_line, column + 1);
        var entries = mapping.Entries;
        HashSet<string>? keySet = null;
        var size = 1;
        Count();
        var key = firstKey;
        while (true)
        {
            if (colon - at > MaxImplicitKeyLength || (key.IsPlain && key.Value == "<<") || !AddKey(entries, ref keySet, key.Value))
            {
                throw Decline();
            }

            YamlNode value;
            var valueAt = SkipSpaces(colon + 1);
            if (valueAt == _lineEnd || _text[valueAt] == '#')
            {
                var emptyLine = _line;
                NextLine();
                SkipToContent();
                if (_atEnd || IsMarker('-') || IsMarker('.'))
                {
                    value = Empty(emptyLine, colon - at + column + 2);
                }
                else if (_indent > column)
                {
                    value = Node(_lineStart + _indent, depth + 1, block: true);
                }
                else if (_indent == column && Current(_lineStart + column) == '-' && IsBlankOrEnd(_lineStart + column + 1))
                {
                    value = Sequence(_lineStart + column, depth + 1);
                }
                else
                {
                    value = Empty(emptyLine, colon - at + column + 2);
                }
            }
            else
            {
                value = Node(valueAt, depth + 1, block: false);
            }

            entries.Add(new(key, value));
            size += 1 + value.Size;
            if (_atEnd || _indent < column || IsMarker('-') || IsMarker('.'))
            {
                break;
            }

            if (_indent > column)
            {
                throw Decline();
            }

            at = _lineStart + column;
            var next = Scalar(at, out var end) as YamlScalarNode;
            colon = SkipSpaces(end);
            if (next is null || Current(colon) != ':' || !IsBlankOrEnd(colon + 1))
            {
                throw Decline();
            }

            key = next;
        }

        mapping.Size = size;
        return mapping;
    }

    private YamlSequenceNode Sequence(int dash, int depth)
    {
        var column = dash - _lineStart;
        var sequence = _recycled.Sequence(_line, column + 1);
        var items = sequence.Items;
        var size = 1;
        Count();
        while (true)
        {
            YamlNode item;
            var itemAt = SkipSpaces(dash + 1);
            if (itemAt == _lineEnd || _text[itemAt] == '#')
            {
                var emptyLine = _line;
                NextLine();
                SkipToContent();
                item = !_atEnd && _indent > column && !IsMarker('-') && !IsMarker('.')
                    ? Node(_lineStart + _indent, depth + 1, block: true)
                    : Empty(emptyLine, column + 2);
            }
            else
            {
                item = Node(itemAt, depth + 1, block: true);
            }

            items.Add(item);
            size += item.Size;
            if (_atEnd || _indent < column || IsMarker('-') || IsMarker('.'))
            {
                break;
            }

            if (_indent > column)
            {
                throw Decline();
            }

            dash = _lineStart + column;
            if (Current(dash) != '-' || !IsBlankOrEnd(dash + 1))
            {
                break; // the next key of a mapping at the same indent (kubectl style), or an error the caller finds
            }
        }

        sequence.Size = size;
        return sequence;
    }

    /// <summary>A scalar, <c>{}</c> or <c>[]</c> starting at <paramref name="at"/>; <paramref name="end"/> is just past it.</summary>
    private YamlNode Scalar(int at, out int end)
    {
        Count();
        var column = at - _lineStart + 1;
        switch (_text[at])
        {
            case '\'':
                return _recycled.Scalar(_line, column, SingleQuoted(at, out end), isPlain: false);
            case '"':
                return _recycled.Scalar(_line, column, DoubleQuoted(at, out end), isPlain: false);
            case '{' when Current(at + 1) == '}':
                end = at + 2;
                return _recycled.Mapping(_line, column);
            case '[' when Current(at + 1) == ']':
                end = at + 2;
                return _recycled.Sequence(_line, column);
            case '-' when !IsBlankOrEnd(at + 1):
                break;
            case '-' or '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '%' or '@' or '`':
                throw Decline();
        }

        return _recycled.Scalar(_line, column, Plain(at, out end), isPlain: true);
    }

    /// <summary>A single-line plain scalar: up to ": ", " #" or the line end, trailing spaces trimmed.</summary>
    private string Plain(int at, out int end)
    {
        var i = at;
        end = at;
        while (i < _lineEnd)
        {
            var c = _text[i];
            if (c == ' ')
            {
                i = SkipSpaces(i);
                if (i == _lineEnd || _text[i] == '#')
                {
                    break;
                }

                continue;
            }

            if (c == ':' && IsBlankOrEnd(i + 1))
            {
                break;
            }

            i = Character(i);
            end = i;
        }

        return _pool.Get(_text.AsSpan(at, end - at));
    }

    private string SingleQuoted(int at, out int end)
    {
        var i = at + 1;
        var start = i;
        string? value = null;
        while (true)
        {
            if (i >= _lineEnd)
            {
                throw Decline(); // multi-line or unclosed
            }

            if (_text[i] != '\'')
            {
                i = _text[i] == ' ' ? i + 1 : Character(i);
                continue;
            }

            if (Current(i + 1) != '\'')
            {
                break;
            }

            value = string.Concat(value, _text.AsSpan(start, i + 1 - start));
            i += 2;
            start = i;
        }

        end = i + 1;
        return value is null ? _pool.Get(_text.AsSpan(start, i - start)) : string.Concat(value, _text.AsSpan(start, i - start));
    }

    private string DoubleQuoted(int at, out int end)
    {
        var i = at + 1;
        var close = _text.AsSpan(i, _lineEnd - i).IndexOfAny('"', '\\');
        if (close >= 0 && _text[i + close] == '"')
        {
            // No escapes: validate and slice.
            for (var j = i; j < i + close;)
            {
                j = _text[j] == ' ' ? j + 1 : Character(j);
            }

            end = i + close + 1;
            return _pool.Get(_text.AsSpan(i, close));
        }

        var builder = new StringBuilder();
        while (true)
        {
            if (i >= _lineEnd)
            {
                throw Decline(); // multi-line, escaped line break or unclosed
            }

            var c = _text[i];
            if (c == '"')
            {
                break;
            }

            if (c != '\\')
            {
                var next = c == ' ' ? i + 1 : Character(i);
                builder.Append(_text, i, next - i);
                i = next;
                continue;
            }

            var escape = Current(i + 1);
            var simple = escape switch
            {
                '0' => '\0', 'a' => '\a', 'b' => '\b', 't' => '\t', 'n' => '\n', 'v' => '\v', 'f' => '\f', 'r' => '\r',
                'e' => '\u001B', ' ' => ' ', '"' => '"', '\\' => '\\', '/' => '/', 'N' => '\u0085', '_' => '\u00A0',
                'L' => '\u2028', 'P' => '\u2029',
                _ => '\uFFFF',
            };
            if (simple != '\uFFFF')
            {
                builder.Append(simple);
                i += 2;
                continue;
            }

            var digits = escape switch { 'x' => 2, 'u' => 4, 'U' => 8, _ => throw Decline() };
            if (i + 2 + digits > _lineEnd
                || !uint.TryParse(_text.AsSpan(i + 2, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
                || code is (>= 0xD800 and <= 0xDFFF) or > 0x10FFFF)
            {
                throw Decline();
            }

            builder.Append(char.ConvertFromUtf32((int)code));
            i += 2 + digits;
        }

        end = i + 1;
        return builder.ToString();
    }

    /// <summary>Validates the (non-space) character at <paramref name="i"/> inside a scalar and returns the index after it.</summary>
    private int Character(int i)
    {
        var c = _text[i];
        if (c is (> ' ' and < '\u007F') or (>= '\u00A0' and < '\uD800') or (>= '\uE000' and <= '\uFFFD'))
        {
            return i + 1;
        }

        if (char.IsHighSurrogate(c) && i + 1 < _lineEnd && char.IsLowSurrogate(_text[i + 1]))
        {
            return i + 2;
        }

        throw Decline();
    }

    private YamlScalarNode Empty(int line, int column)
    {
        Count();
        return _recycled.Scalar(line, column, "", isPlain: true);
    }

    // An explicit document with no content at the end of the stream: YamlDotNet places it where its
    // scanner stands, one column into the line after the last. Mid-stream it depends on lookahead: decline.
    private YamlScalarNode EmptyDocument()
        => _atEnd ? Empty(_line, 2) : throw Decline();

    private void Count()
    {
        if (++_nodes > _maxNodes)
        {
            throw Decline();
        }
    }

    private static bool AddKey(List<KeyValuePair<YamlScalarNode, YamlNode>> entries, ref HashSet<string>? keySet, string key)
    {
        if (keySet is not null)
        {
            return keySet.Add(key);
        }

        foreach (var entry in entries)
        {
            if (string.Equals(entry.Key.Value, key, StringComparison.Ordinal))
            {
                return false;
            }
        }

        if (entries.Count >= KeySetThreshold)
        {
            keySet = new HashSet<string>(StringComparer.Ordinal);
            foreach (var entry in entries)
            {
                keySet.Add(entry.Key.Value);
            }

            keySet.Add(key);
        }

        return true;
    }

    /// <summary>After a node: only spaces and a comment (which needs a space before it) may follow on the line.</summary>
    private void ExpectLineEnd(int at)
    {
        var i = SkipSpaces(at);
        if (i != _lineEnd && (_text[i] != '#' || _text[i - 1] != ' '))
        {
            throw Decline();
        }
    }

    /// <summary>A "---" or "..." line: the marker at column 1 followed by a space or the line end.</summary>
    private bool IsMarker(char c)
        => !_atEnd && _indent == 0 && _lineEnd - _lineStart >= 3
            && _text[_lineStart] == c && _text[_lineStart + 1] == c && _text[_lineStart + 2] == c && IsBlankOrEnd(_lineStart + 3);

    private bool IsBlankOrEnd(int i) => i >= _lineEnd || _text[i] == ' ';

    private char Current(int i) => i < _lineEnd ? _text[i] : '\n';

    private int SkipSpaces(int i)
    {
        while (i < _lineEnd && _text[i] == ' ')
        {
            i++;
        }

        return i;
    }

    /// <summary>Moves to the next line that holds content (not blank, not only a comment), or to the end.</summary>
    private void SkipToContent()
    {
        while (!_atEnd)
        {
            var first = _lineStart + _indent;
            if (first < _lineEnd && _text[first] != '#')
            {
                return;
            }

            NextLine();
        }
    }

    private void NextLine()
    {
        if (_lineEnd >= _text.Length)
        {
            // YamlDotNet ends the stream on the line after the last one that has characters.
            if (_lineEnd > _lineStart)
            {
                _line++;
            }

            _lineStart = _lineEnd = _text.Length;
            _indent = 0;
            _atEnd = true;
            return;
        }

        _line++;
        SetLine(_lineEnd + 1);
    }

    private void SetLine(int start)
    {
        _lineStart = start;
        var length = _text.AsSpan(start).IndexOf('\n');
        _lineEnd = length < 0 ? _text.Length : start + length;
        _indent = SkipSpaces(start) - start;
        if (_lineEnd == _text.Length && _lineEnd == _lineStart)
        {
            _atEnd = true;
        }
    }

    private static DeclinedException Decline() => new();

    private sealed class DeclinedException : Exception;
}
