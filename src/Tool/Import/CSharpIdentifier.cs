using System.Globalization;

namespace EnvoyGateway.Dsl.Tool.Import;

/// <summary>Checks the names given on the command line before they reach generated code.</summary>
internal static class CSharpIdentifier
{
    // Reserved keywords only: contextual ones (record, var, …) are valid names.
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
        "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit",
        "extern", "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int",
        "interface", "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out",
        "override", "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed",
        "short", "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try",
        "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
    };

    public static bool IsValid(string name)
    {
        if (name.Length == 0 || Keywords.Contains(name) || !(char.IsLetter(name[0]) || name[0] == '_'))
        {
            return false;
        }

        foreach (var c in name)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (!(char.IsLetterOrDigit(c) || c == '_' || category is UnicodeCategory.ConnectorPunctuation
                  or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.LetterNumber))
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsValidNamespace(string name) => name.Split('.').All(IsValid);
}
