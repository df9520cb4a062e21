using System.Text;
using EnvoyGateway.Dsl.Gateway.V1Alpha1;

namespace EnvoyGateway.Dsl.Tool.Tests;

/// <summary>Strings that break naive code generators, and policies with one of them in every string field.</summary>
internal static class HostileStrings
{
    public static IReadOnlyList<string> All() =>
    [
        "", " ", "  padded  ", "\t", "\0", "\0" + "1", "\u00010", "\u0007\u0008\u000B\u000C\u001B\u007F",
        new string([.. Enumerable.Range(0, 32).Select(i => (char)i)]),
        new string([.. Enumerable.Range(0x7F, 0x21).Select(i => (char)i)]),
        "\"", "\"\"", "'", "''", "\\", "\\\\server\\share", "^\\d+$", "C:\\path\\\"quoted\"", "\\n is not a newline",
        "\\\n", "\"\\\t", "@\"verbatim\"", "\"\"\"raw\"\"\"", "{0}", "{{ .Values.name }}", "$\"{x}\"",
        "# not a comment", "key: value", "- item", "[a, b]", "&anchor", "*alias", "!!str", "%YAML", "? complex",
        "null", "Null", "~", "true", "True", "yes", "no", "on", "off", "0x1F", "0o17", "1e3", "0777", ".inf", "-.nan",
        "12:30:00", "2024-01-01", "2024-01-01T00:00:00Z", "+1", "-1", "00", "1_000",
        "\r", "\n", "\r\n", "line1\nline2\n", "trailing newline\n", "\n\nleading newlines",
        "\u0085", "\u2028", "\u2029", "\u200B", "\u200E\u200F", "\u202E reversed \u202C", "\u2066isolate\u2069", "\uFEFF", "\u00A0nbsp", "\u3000",
        "日本語", "Ünïcödé", "e\u0301", "\u0301", "Ελληνικά", "עברית", "العربية", "🎉", "👍🏽", "\U0001F600\U0001F600", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
        "\uE000private", "\U000F0000", "\u0378unassigned", "*/ /* // ///",
        "Minute", "Minutes", "minute", "Distinct", "ConsistentHash", "Global", "SourceIP", "Exact", "RegularExpression",
        new string('x', 100_000),
        string.Concat(Enumerable.Repeat("\"\\\n\u2028é🎉", 2_000)),
    ];

    /// <summary>A string of <paramref name="length"/> UTF-16 units drawn from the whole range, surrogates only in valid pairs (a file cannot hold a lone one).</summary>
    public static string Random(Random random, int length)
    {
        var builder = new StringBuilder(length + 1);
        while (builder.Length < length)
        {
            var c = (char)random.Next(0, 0x10000);
            if (char.IsSurrogate(c))
            {
                builder.Append(char.ConvertFromUtf32(random.Next(0x10000, 0x110000)));
            }
            else if (c is not ('\uFFFE' or '\uFFFF'))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary><paramref name="s"/> in every string field, map keys included.</summary>
    public static BackendTrafficPolicy PolicyFilledWith(string s, int index) => new(s)
    {
        Metadata =
        {
            Namespace = s,
            Labels = { [s] = s, ["index"] = index.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            Annotations = { [s] = s },
            Finalizers = { s, s },
            OwnerReferences = { new() { ApiVersion = s, Kind = s, Name = s, Uid = s } },
            GenerateName = s,
            ClusterName = s,
            ResourceVersion = s,
            SelfLink = s,
            Uid = s,
        },
        Spec =
        {
            TargetRef = new() { Group = s, Kind = s, Name = s, Namespace = s, SectionName = s },
            LoadBalancer = new() { Type = s, ConsistentHash = new() { Type = s } },
            RateLimit = new()
            {
                Type = s,
                Global = new()
                {
                    Rules =
                    {
                        new()
                        {
                            ClientSelectors = { new() { Headers = { new() { Name = s, Type = s, Value = s } }, SourceCIDR = new() { Type = s, Value = s } } },
                            Limit = new() { Requests = (uint)index, Unit = s },
                        },
                    },
                },
            },
        },
    };
}
