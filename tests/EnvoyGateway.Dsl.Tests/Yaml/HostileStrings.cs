namespace EnvoyGateway.Dsl.Tests.Yaml;

/// <summary>
/// Strings that a careless YAML writer turns into another type or another string: YAML 1.1 and 1.2
/// booleans, nulls, numbers, dates, indicators, whitespace, control and line-break characters.
/// </summary>
internal static class HostileStrings
{
    public static IReadOnlyDictionary<string, string> All { get; } = new Dictionary<string, string>
    {
        ["empty"] = "",
        ["true"] = "true", ["True"] = "True", ["TRUE"] = "TRUE", ["false"] = "false",
        ["yes"] = "yes", ["Yes"] = "Yes", ["YES"] = "YES", ["no"] = "no", ["No"] = "No",
        ["on"] = "on", ["On"] = "On", ["ON"] = "ON", ["off"] = "off", ["OFF"] = "OFF",
        ["y"] = "y", ["Y"] = "Y", ["n"] = "n", ["N"] = "N",
        ["null"] = "null", ["Null"] = "Null", ["NULL"] = "NULL", ["tilde"] = "~",
        ["int"] = "10", ["negative"] = "-1", ["exponent"] = "1e3", ["hex"] = "0x1F", ["octal-1.2"] = "0o17",
        ["octal-1.1"] = "017", ["underscore"] = "1_000", ["leading-dot"] = ".5", ["inf"] = ".inf",
        ["nan"] = ".NaN", ["plus"] = "+1", ["sexagesimal"] = "1:20", ["binary"] = "0b101", ["float"] = "1.5",
        ["date"] = "2024-01-01", ["datetime"] = "2024-01-01T00:00:00Z", ["spaced-datetime"] = "2001-12-14 21:59:43.10 -5",
        ["leading-space"] = " a", ["trailing-space"] = "a ", ["only-space"] = " ",
        ["hash"] = "#", ["comment"] = "a #b", ["colon-space"] = "a: b", ["colon-end"] = "a:", ["dash-item"] = "- x",
        ["dash"] = "-", ["question"] = "? x", ["flow-seq"] = "[x]", ["flow-map"] = "{x}", ["comma"] = "a, b",
        ["alias"] = "*a", ["anchor"] = "&a", ["tag"] = "!x", ["literal"] = "|", ["folded"] = ">",
        ["directive"] = "%", ["at"] = "@", ["backquote"] = "`", ["single-quote"] = "'", ["double-quote"] = "\"",
        ["apostrophe"] = "it's", ["merge"] = "<<", ["equals"] = "=", ["document-start"] = "---", ["document-end"] = "...",
        ["multi-line"] = "line one\nline two\n", ["crlf"] = "a\r\nb", ["tab"] = "a\tb", ["leading-tab"] = "\ta",
        ["control"] = "a\u0001b\u007Fc\u0000", ["escape"] = "\u001B[0m", ["nel"] = "a\u0085b", ["line-separator"] = "a\u2028b",
        ["paragraph-separator"] = "a\u2029b", ["bom"] = "\uFEFFa", ["backslash"] = "C:\\path\\n", ["emoji"] = "rate 🚀 limit",
        ["cjk"] = "限流策略", ["rtl"] = "שלום", ["nbsp"] = "a\u00A0b", ["long"] = new string('x', 50_000) + " # " + new string('y', 50_000),
    };

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var name in All.Keys)
        {
            data.Add(name);
        }

        return data;
    }
}
