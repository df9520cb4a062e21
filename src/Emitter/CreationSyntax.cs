namespace EnvoyGateway.Dsl.Emitter;

/// <summary>
/// Reads just enough C# to place a diagnostic: caller info gives the line of an object creation but no
/// column, so the column is that of the first <c>new</c> token on the line (1 when there is none), and the
/// creation ends where its argument list and initializer close. A small lexer: it skips strings, chars and
/// comments, and counts brackets.
/// </summary>
internal static class CreationSyntax
{
    /// <summary>1-based column of the first <c>new</c> token of <paramref name="line"/> outside strings and comments; 1 if none.</summary>
    public static int FindNewColumn(string line)
    {
        var lexer = new Lexer([line], 0, 0);
        while (lexer.Next() is { } token)
        {
            if (token.Kind == TokenKind.Word && token.Text == "new")
            {
                return token.Column + 1;
            }
        }

        return 1;
    }

    /// <summary>
    /// The 1-based last line of the creation starting at (<paramref name="line"/>, <paramref name="column"/>):
    /// <c>new T(args) { … }</c> with brackets balanced. <paramref name="line"/> when it cannot tell.
    /// </summary>
    public static int FindEndLine(IReadOnlyList<string> lines, int line, int column)
    {
        if (line < 1 || line > lines.Count)
        {
            return line;
        }

        var lexer = new Lexer(lines, line - 1, Math.Max(column - 1, 0));
        var depth = 0;
        var opened = false;
        while (lexer.Next() is { } token)
        {
            if (token.Kind != TokenKind.Punctuation)
            {
                if (opened && depth == 0)
                {
                    return lexer.LastClosedLine + 1;
                }

                continue;
            }

            var c = token.Text[0];
            if (c is '(' or '[' or '{')
            {
                if (opened && depth == 0 && c != '{' && c != '(')
                {
                    return lexer.LastClosedLine + 1;
                }

                depth++;
                opened = true;
            }
            else if (depth == 0 && (c is ')' or ']' or '}' or ',' or ';'))
            {
                // The enclosing expression goes on: the creation ended at its last closing bracket.
                return opened ? lexer.LastClosedLine + 1 : token.Line + 1;
            }
            else if (c is ')' or ']' or '}')
            {
                depth--;
                lexer.LastClosedLine = token.Line;
            }
        }

        return opened ? lexer.LastClosedLine + 1 : line;
    }

    private enum TokenKind
    {
        Word,
        Punctuation,
    }

    private readonly record struct Token(TokenKind Kind, string Text, int Line, int Column);

    /// <summary>Yields words and single-character punctuation; strings, chars and comments are skipped whole.</summary>
    private sealed class Lexer(IReadOnlyList<string> lines, int line, int column)
    {
        private const int MaxLines = 5000;
        private readonly int _firstLine = line;
        private int _line = line;
        private int _column = column;
        private bool _inBlockComment;

        public int LastClosedLine { get; set; } = line;

        public Token? Next()
        {
            while (_line < lines.Count && _line - _firstLine < MaxLines)
            {
                var text = lines[_line];
                if (_column >= text.Length)
                {
                    _line++;
                    _column = 0;
                    continue;
                }

                if (_inBlockComment)
                {
                    var end = text.IndexOf("*/", _column, StringComparison.Ordinal);
                    _column = end < 0 ? text.Length : end + 2;
                    _inBlockComment = end < 0;
                    continue;
                }

                var c = text[_column];
                if (char.IsWhiteSpace(c))
                {
                    _column++;
                }
                else if (c == '/' && _column + 1 < text.Length && text[_column + 1] == '/')
                {
                    _column = text.Length;
                }
                else if (c == '/' && _column + 1 < text.Length && text[_column + 1] == '*')
                {
                    _column += 2;
                    _inBlockComment = true;
                }
                else if (c == '"' || ((c is '@' or '$') && NextQuote(text, _column)))
                {
                    SkipString(text);
                }
                else if (c == '\'')
                {
                    SkipChar(text);
                }
                else if (char.IsLetterOrDigit(c) || c == '_')
                {
                    var start = _column;
                    while (_column < text.Length && (char.IsLetterOrDigit(text[_column]) || text[_column] == '_'))
                    {
                        _column++;
                    }

                    return new Token(TokenKind.Word, text[start.._column], _line, start);
                }
                else
                {
                    _column++;
                    return new Token(TokenKind.Punctuation, c.ToString(), _line, _column - 1);
                }
            }

            return null;
        }

        private static bool NextQuote(string text, int index)
        {
            while (index < text.Length && text[index] is '@' or '$')
            {
                index++;
            }

            return index < text.Length && text[index] == '"';
        }

        private void SkipString(string text)
        {
            var verbatim = false;
            while (text[_column] is '@' or '$')
            {
                verbatim |= text[_column] == '@';
                _column++;
            }

            _column++;
            while (_column < text.Length)
            {
                var c = text[_column++];
                if (c == '\\' && !verbatim)
                {
                    _column++;
                }
                else if (c == '"')
                {
                    if (verbatim && _column < text.Length && text[_column] == '"')
                    {
                        _column++;
                        continue;
                    }

                    return;
                }
            }
        }

        private void SkipChar(string text)
        {
            _column++;
            while (_column < text.Length)
            {
                var c = text[_column++];
                if (c == '\\')
                {
                    _column++;
                }
                else if (c == '\'')
                {
                    return;
                }
            }
        }
    }
}
