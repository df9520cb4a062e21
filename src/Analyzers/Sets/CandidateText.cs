using System.Globalization;
using Microsoft.CodeAnalysis.Text;

namespace EnvoyGateway.Dsl.Analyzers.Sets;

/// <summary>
/// Whether a file's text may hold what <see cref="DeclaredObjects"/> looks for, read as characters instead of as a
/// syntax tree: <c>new</c> followed by a referable kind's name (or an alias of it), a target-typed <c>new(…)</c> with
/// arguments, or <c>ManifestSet.Parse</c> and its siblings. Walking every node of every file realised the whole
/// syntax tree of a project for a handful of candidates (in the 2,000-policy build, about a tenth of our analyzers'
/// time); only the files this says yes to are walked. It errs towards yes: anything it cannot read simply (a comment
/// or a line break inside the words it looks at, a Unicode escape) counts as a candidate.
/// </summary>
internal static class CandidateText
{
    private const int ChunkSize = 16 * 1024;

    // Longest run this reads past a match ("ManifestSet . ReadFile (" with some spaces, a long qualified type name):
    // chunks overlap by this much, and a match closer than this to a chunk's end that needs more counts as yes.
    private const int Lookahead = 512;

    public static bool MayDeclare(SourceText text, HashSet<string> typeNames, CancellationToken cancellationToken)
    {
        var buffer = new char[ChunkSize + Lookahead];
        for (var start = 0; start < text.Length; start += ChunkSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var length = Math.Min(buffer.Length, text.Length - start);
            text.CopyTo(start, buffer, 0, length);
            var chunk = new Chunk(buffer, length, atEnd: start + length == text.Length);
            if (chunk.MayDeclare(Math.Min(ChunkSize, length), typeNames))
            {
                return true;
            }
        }

        return false;
    }

    private readonly struct Chunk(char[] chars, int length, bool atEnd)
    {
        /// <summary>Whether a match starting before <paramref name="end"/> may be a candidate.</summary>
        public bool MayDeclare(int end, HashSet<string> typeNames)
        {
            for (var i = 0; i < end; i++)
            {
                switch (chars[i])
                {
                    case '\\' when i + 1 < length && chars[i + 1] is 'u' or 'U':
                        return true; // an escaped identifier could spell any name
                    case 'n' when IsWord(i, "new") && NewMayDeclare(i + 3, typeNames):
                        return true;
                    case 'M' when IsWord(i, "ManifestSet") && ReadsYaml(i + "ManifestSet".Length):
                        return true;
                    case > (char)127 when char.GetUnicodeCategory(chars[i]) == UnicodeCategory.Format:
                        return true; // C# ignores formatting characters inside identifiers: "Gate\u200Bway" is Gateway
                }
            }

            return false;
        }

        private bool NewMayDeclare(int i, HashSet<string> typeNames)
        {
            i = SkipSpaces(i);
            if (i >= length)
            {
                return MayContinue;
            }

            if (chars[i] == '(')
            {
                // Target-typed: a candidate when it has arguments.
                i = SkipSpaces(i + 1);
                return i >= length ? MayContinue : chars[i] != ')';
            }

            if (!IsNameChar(chars[i]))
            {
                return IsBreak(chars[i]);
            }

            // A (qualified) type name: its last segment decides.
            var segmentStart = i;
            while (i < length && (IsNameChar(chars[i]) || chars[i] is '.' or ':' or ' ' or '\t'))
            {
                if (chars[i] is '.' or ':')
                {
                    segmentStart = i + 1;
                }

                i++;
            }

            if (i >= length)
            {
                return MayContinue;
            }

            return typeNames.Contains(Name(segmentStart, i)) || IsBreak(chars[i]);
        }

        private bool ReadsYaml(int i)
        {
            i = SkipSpaces(i);
            if (i >= length)
            {
                return MayContinue;
            }

            if (chars[i] != '.')
            {
                return IsBreak(chars[i]);
            }

            i = SkipSpaces(i + 1);
            var nameStart = i;
            while (i < length && IsNameChar(chars[i]))
            {
                i++;
            }

            if (i >= length)
            {
                return MayContinue;
            }

            return i == nameStart ? IsBreak(chars[i]) : DeclaredObjects.YamlReaders.Contains(Name(nameStart, i));
        }

        /// <summary>The identifier between <paramref name="start"/> and <paramref name="end"/>, without spaces and a verbatim '@'.</summary>
        private string Name(int start, int end)
        {
            var name = new string(chars, start, end - start).Trim();
            return name.StartsWith("@", StringComparison.Ordinal) ? name.Substring(1) : name;
        }

        /// <summary><paramref name="word"/> at <paramref name="i"/>, not inside a longer identifier.</summary>
        private bool IsWord(int i, string word)
        {
            if (i + word.Length > length || (i > 0 && IsNameChar(chars[i - 1])))
            {
                return i + word.Length > length && MayContinue;
            }

            for (var k = 1; k < word.Length; k++)
            {
                if (chars[i + k] != word[k])
                {
                    return false;
                }
            }

            return i + word.Length == length ? MayContinue : !IsNameChar(chars[i + word.Length]);
        }

        private int SkipSpaces(int i)
        {
            while (i < length && char.IsWhiteSpace(chars[i]))
            {
                i++;
            }

            return i;
        }

        // A match that reaches the end of the chunk's text may go on in the next chunk (yes, to be safe), unless the text ends here.
        private bool MayContinue => !atEnd;

        // A comment or a directive where a name or a '.' was expected: what follows cannot be read simply.
        private static bool IsBreak(char c) => c is '/' or '#';

        // '@' too: a verbatim identifier (@Gateway) is the name, and @new is not the keyword.
        private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '@' || (c > 127 && !char.IsWhiteSpace(c));
    }
}
