using System.Globalization;
using System.Text;
using EnvoyGateway.Dsl.Serialization;

namespace EnvoyGateway.Dsl.Tests.Yaml;

/// <summary>
/// The differential oracle for <see cref="BlockYamlReader"/>: on any input it must either decline, or
/// build exactly the trees that <see cref="YamlTreeReader"/> builds through YamlDotNet (node kinds,
/// values, plain or quoted, tags, line and column of every node, sizes), document by document.
/// </summary>
internal static class FastPath
{
    /// <summary>Asserts that the readers agree; true when the fast path accepted the input.</summary>
    public static bool AssertAgrees(string yaml, ParseOptions? options = null)
    {
        options ??= ParseOptions.Default;
        var fast = ReadFast(yaml, options);
        if (fast is null)
        {
            return false;
        }

        string library;
        try
        {
            library = ReadLibrary(yaml, options);
        }
        catch (ManifestParseException error)
        {
            Assert.Fail($"the fast path accepted input that YamlDotNet refuses ({error.Message}):\n{Show(yaml)}");
            throw;
        }

        if (library != fast)
        {
            Assert.Fail($"the trees differ for:\n{Show(yaml)}\n--- YamlDotNet:\n{library}\n--- fast path:\n{fast}");
        }

        return true;
    }

    /// <summary>
    /// ManifestSet.Parse and the YamlDotNet path alone give the same outcome: the same resources (as
    /// YAML, with the positions of their objects, and the same findings at the same values), or the same
    /// error.
    /// </summary>
    public static void AssertSameOutcome(string yaml, ParseOptions? options = null)
    {
        options ??= ParseOptions.Default;
        Assert.Equal(Outcome(() => YamlReader.ReadWithYamlDotNet(yaml, "in.yaml", options)), Outcome(() => ManifestSet.Parse(yaml, "in.yaml", options)));
    }

    /// <summary>The document trees of the fast path, or null when it declines.</summary>
    public static string? ReadFast(string yaml, ParseOptions options)
    {
        var reader = new BlockYamlReader(yaml, options);
        var text = new StringBuilder();
        while (reader.ReadDocument() is { } root)
        {
            text.Append("--- document\n");
            Dump(text, root, 0);
        }

        return reader.Declined ? null : text.ToString();
    }

    public static string ReadLibrary(string yaml, ParseOptions options)
    {
        var reader = new YamlTreeReader(yaml, null, options);
        var text = new StringBuilder();
        while (reader.ReadDocument() is { } root)
        {
            text.Append("--- document\n");
            Dump(text, root, 0);
        }

        return text.ToString();
    }

    public static string Show(string yaml) => Escape(yaml.Length > 4000 ? yaml[..4000] + "…" : yaml, keepLines: true);

    private static string Outcome(Func<ManifestSet> parse)
    {
        try
        {
            var set = parse();
            var text = new StringBuilder(set.ToYaml());
            foreach (var resource in set)
            {
                text.Append(CultureInfo.InvariantCulture, $"\n{resource.Source} {resource.Metadata.Source}");
                if (resource is Gateway.V1Alpha1.BackendTrafficPolicy policy)
                {
                    text.Append(CultureInfo.InvariantCulture, $" {policy.Spec.Source} {policy.Spec.TargetRef?.Source} {policy.Spec.RateLimit?.Global?.Rules.FirstOrDefault()?.Source}");
                }
            }

            foreach (var finding in set.Validate(EnvoyGatewayVersion.V0_6))
            {
                text.Append('\n').Append(finding);
            }

            return text.ToString();
        }
        catch (ManifestParseException error)
        {
            return $"error {error.Message} | {error.InnerException?.GetType().Name}";
        }
    }

    private static void Dump(StringBuilder text, YamlNode node, int depth)
    {
        text.Append(' ', depth * 2).Append(CultureInfo.InvariantCulture, $"({node.Line},{node.Column}) size {node.Size} tag {node.Tag} ");
        switch (node)
        {
            case YamlScalarNode scalar:
                text.Append(scalar.IsPlain ? "plain " : "quoted ").Append('"').Append(Escape(scalar.Value, keepLines: false)).Append("\"\n");
                break;
            case YamlMappingNode mapping:
                text.Append("mapping\n");
                foreach (var (key, value) in mapping.Entries)
                {
                    Dump(text, key, depth + 1);
                    Dump(text, value, depth + 2);
                }

                break;
            case YamlSequenceNode sequence:
                text.Append("sequence\n");
                foreach (var item in sequence.Items)
                {
                    Dump(text, item, depth + 1);
                }

                break;
        }
    }

    private static string Escape(string value, bool keepLines)
    {
        var text = new StringBuilder();
        foreach (var c in value)
        {
            if (c is '\n' && keepLines)
            {
                text.Append("\\n\n");
            }
            else if (c < ' ' || c is (>= '\u007F' and < '\u00A0') or '\u2028' or '\u2029' or '\uFEFF' || char.IsSurrogate(c))
            {
                text.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }
}
