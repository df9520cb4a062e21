using System.Globalization;
using System.Text;

namespace EnvoyGateway.Dsl.Rules;

/// <summary>The words a message speaks: C# for the analyzers and sets declared in C#, YAML for sets read from YAML.</summary>
internal enum MessageDialect
{
    CSharp = 0,
    Yaml = 1,
}

/// <summary>
/// A fix or hint that names fields or writes values, passed as a message argument: one template
/// (<see cref="MessageTemplate"/> syntax) that reads as C# or as YAML wherever the message is shown.
/// </summary>
internal sealed class Phrase
{
    public Phrase(string template) => Template = template;

    public string Template { get; }

    /// <summary>The C# form.</summary>
    public override string ToString() => MessageTemplate.Render(Template, MessageDialect.CSharp, "", [], places: null);
}

/// <summary>
/// Another resource of the same set, as a message argument: "position N" (1-based) in C#, where it is
/// written in YAML (file, line and column) when the set was read from YAML.
/// </summary>
internal readonly struct SetPlace
{
    public SetPlace(int index) => Index = index;

    /// <summary>0-based index in the set.</summary>
    public int Index { get; }

    public override string ToString() => "position " + (Index + 1).ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// Renders a rule's message, written once, in either dialect. Template syntax:
/// <list type="bullet">
/// <item><c>{n}</c>: argument n (<c>{0}</c> is the field path); <c>{{</c> and <c>}}</c> are literal braces.</item>
/// <item><c>[field]</c>: a field of the checked object, spelled as in YAML (dotted, relative):
/// C# <c>Field</c> (each segment PascalCase), YAML its full path (<c>spec.loadBalancer.field</c>).
/// <c>[/a.b]</c> is a path from the resource root.</item>
/// <item><c>[field=value]</c>: C# <c>Field = value</c>, YAML <c>spec.….field to value</c> ("set X to V").</item>
/// <item><c>[field:value]</c>: C# <c>Field = value</c>, YAML <c>spec.….field: value</c> ("add X: V").</item>
/// <item><c>['text']</c>: a string value alone: C# <c>"text"</c>, YAML <c>text</c>.</item>
/// <item>values: <c>{k: v, …}</c> is C# <c>new() { K = v, … }</c>, YAML <c>{k: v, …}</c>; <c>[v, …]</c> is C#
/// <c>{ v, … }</c> (a collection initializer), YAML <c>[v, …]</c>; <c>...</c> and integers read the same;
/// anything else is a string (C# quoted, YAML plain); <c>'x'</c> is always a string.</item>
/// </list>
/// </summary>
internal static class MessageTemplate
{
    /// <summary>
    /// The C# form as a composite format whose <c>{n}</c> stay placeholders: the analyzer's descriptor
    /// format, which Roslyn fills with <see cref="CSharpArguments"/>.
    /// </summary>
    public static string CSharpFormat(string template)
    {
        var output = new StringBuilder(template.Length + 16);
        Write(output, template, MessageDialect.CSharp, "", args: null, places: null);
        return output.ToString();
    }

    /// <summary>The arguments as the C# form shows them (phrases and set places rendered).</summary>
    public static object?[] CSharpArguments(object?[] args)
    {
        var rendered = new object?[args.Length];
        for (var i = 0; i < args.Length; i++)
        {
            rendered[i] = Argument(args[i], MessageDialect.CSharp, "", places: null);
        }

        return rendered;
    }

    /// <param name="objectPath">The path of the checked object, which YAML field references extend.</param>
    /// <param name="places">Where another resource of the set is written (YAML only); null for "position N".</param>
    public static string Render(string template, MessageDialect dialect, string objectPath, object?[] args, Func<SetPlace, string>? places)
    {
        var output = new StringBuilder(template.Length + 64);
        Write(output, template, dialect, objectPath, args, places);
        return output.ToString();
    }

    /// <summary>With <paramref name="args"/> null, writes the C# composite format (placeholders kept, braces doubled).</summary>
    private static void Write(StringBuilder output, string template, MessageDialect dialect, string objectPath, object?[]? args, Func<SetPlace, string>? places)
    {
        var formatMode = args is null;
        var i = 0;
        while (i < template.Length)
        {
            var c = template[i];
            if ((c == '{' || c == '}') && i + 1 < template.Length && template[i + 1] == c)
            {
                Literal(output, c, formatMode);
                i += 2;
            }
            else if (c == '{')
            {
                var end = template.IndexOf('}', i);
                var index = int.Parse(template.Substring(i + 1, end - i - 1), NumberStyles.None, CultureInfo.InvariantCulture);
                if (formatMode)
                {
                    output.Append(template, i, end - i + 1);
                }
                else if (index < args!.Length)
                {
                    output.Append(Argument(args[index], dialect, objectPath, places));
                }

                i = end + 1;
            }
            else if (c == '[')
            {
                var end = Closing(template, i);
                var code = Code(template.Substring(i + 1, end - i - 1), dialect, objectPath);
                foreach (var ch in code)
                {
                    Literal(output, ch, formatMode);
                }

                i = end + 1;
            }
            else
            {
                Literal(output, c, formatMode);
                i++;
            }
        }
    }

    private static void Literal(StringBuilder output, char c, bool formatMode)
    {
        output.Append(c);
        if (formatMode && (c == '{' || c == '}'))
        {
            output.Append(c);
        }
    }

    private static string Argument(object? arg, MessageDialect dialect, string objectPath, Func<SetPlace, string>? places) => arg switch
    {
        null => "",
        Phrase phrase when dialect == MessageDialect.CSharp => CSharpPhrase(phrase.Template),
        Phrase phrase => Render(phrase.Template, dialect, objectPath, [], places),
        SetPlace place => dialect == MessageDialect.Yaml && places is not null ? places(place) : place.ToString(),
        _ => Convert.ToString(arg, CultureInfo.InvariantCulture) ?? "",
    };

    // A phrase's C# form depends on its template alone, and the same few phrases recur in every finding of a rule
    // (validating 10,000 policies that set a deprecated field renders the same two phrases 10,000 times each).
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> CSharpPhrases = new(StringComparer.Ordinal);
    private const int MaxCachedPhrases = 4096;

    private static string CSharpPhrase(string template)
    {
        if (CSharpPhrases.TryGetValue(template, out var rendered))
        {
            return rendered;
        }

        rendered = Render(template, MessageDialect.CSharp, "", [], places: null);
        if (CSharpPhrases.Count < MaxCachedPhrases)
        {
            CSharpPhrases.TryAdd(template, rendered);
        }

        return rendered;
    }

    /// <summary>A field reference, an assignment or a literal (the text between the brackets).</summary>
    private static string Code(string code, MessageDialect dialect, string objectPath)
    {
        code = code.Trim();
        if (StartsWith(code, '\''))
        {
            return Value(code, dialect);
        }

        var op = code.IndexOfAny(['=', ':']);
        var field = Field(op < 0 ? code : code.Substring(0, op).Trim(), dialect, objectPath);
        if (op < 0)
        {
            return field;
        }

        var value = Value(code.Substring(op + 1), dialect);
        return dialect == MessageDialect.CSharp ? field + " = " + value
            : code[op] == '=' ? field + " to " + value
            : field + ": " + value;
    }

    private static string Field(string path, MessageDialect dialect, string objectPath)
    {
        var absolute = StartsWith(path, '/');
        if (absolute)
        {
            path = path.Substring(1);
        }

        if (dialect == MessageDialect.Yaml)
        {
            return absolute || objectPath.Length == 0 ? path : objectPath + "." + path;
        }

        var segments = path.Split('.');
        for (var s = 0; s < segments.Length; s++)
        {
            segments[s] = Pascal(segments[s]);
        }

        return string.Join(".", segments);
    }

    private static string Value(string text, MessageDialect dialect)
    {
        text = text.Trim();
        if (StartsWith(text, '{'))
        {
            var entries = Split(text.Substring(1, text.Length - 2));
            var rendered = new string[entries.Count];
            for (var e = 0; e < entries.Count; e++)
            {
                var colon = entries[e].IndexOf(':');
                var key = entries[e].Substring(0, colon).Trim();
                var value = Value(entries[e].Substring(colon + 1), dialect);
                rendered[e] = dialect == MessageDialect.CSharp ? Pascal(key) + " = " + value : key + ": " + value;
            }

            return dialect == MessageDialect.CSharp ? "new() { " + string.Join(", ", rendered) + " }" : "{" + string.Join(", ", rendered) + "}";
        }

        if (StartsWith(text, '['))
        {
            var items = Split(text.Substring(1, text.Length - 2));
            var rendered = new string[items.Count];
            for (var e = 0; e < items.Count; e++)
            {
                rendered[e] = Value(items[e], dialect);
            }

            return dialect == MessageDialect.CSharp ? "{ " + string.Join(", ", rendered) + " }" : "[" + string.Join(", ", rendered) + "]";
        }

        if (StartsWith(text, '\''))
        {
            var unquoted = text.Substring(1, text.Length - 2);
            return dialect == MessageDialect.CSharp ? "\"" + unquoted + "\"" : unquoted;
        }

        return text == "..." || IsInteger(text) || dialect == MessageDialect.Yaml ? text : "\"" + text + "\"";
    }

    /// <summary>Splits at the commas outside nested braces, brackets and quotes.</summary>
    private static List<string> Split(string text)
    {
        var parts = new List<string>();
        var depth = 0;
        var quoted = false;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\'': quoted = !quoted; break;
                case '{' or '[' when !quoted: depth++; break;
                case '}' or ']' when !quoted: depth--; break;
                case ',' when !quoted && depth == 0:
                    parts.Add(text.Substring(start, i - start));
                    start = i + 1;
                    break;
            }
        }

        if (text.Trim().Length > 0)
        {
            parts.Add(text.Substring(start));
        }

        return parts;
    }

    /// <summary>The index of the bracket that closes the one at <paramref name="open"/>.</summary>
    private static int Closing(string template, int open)
    {
        var depth = 0;
        var quoted = false;
        for (var i = open; i < template.Length; i++)
        {
            switch (template[i])
            {
                case '\'': quoted = !quoted; break;
                case '[' or '{' when !quoted: depth++; break;
                case ']' or '}' when !quoted:
                    depth--;
                    if (depth == 0)
                    {
                        return i;
                    }

                    break;
            }
        }

        throw new FormatException("Unclosed '[' in message template: " + template);
    }

    private static bool IsInteger(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>string.StartsWith(char) is not in netstandard2.0, where the analyzer compiles this file.</summary>
    private static bool StartsWith(string text, char first) => text.Length > 0 && text[0] == first;

    private static string Pascal(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name.Substring(1);
}
