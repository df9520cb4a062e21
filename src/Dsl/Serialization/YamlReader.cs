using System.Globalization;
using System.Runtime.ExceptionServices;

namespace EnvoyGateway.Dsl.Serialization;

/// <summary>
/// Reads untrusted YAML into typed resources, strictly (docs/yaml.md). Two paths build the same document
/// trees: <see cref="BlockYamlReader"/>, hand-written for the block style that kubectl and our writer
/// produce, and, for anything it declines, <see cref="YamlTreeReader"/> over YamlDotNet's low-level parser,
/// which reports every error of unusual or malformed input. The binders map the trees field by field.
/// </summary>
internal static class YamlReader
{
    public static ManifestSet Read(string yaml, string? sourceName, ParseOptions options)
    {
        CheckLength(yaml, sourceName, options);
        return ReadBlockStyle(yaml, sourceName, options) ?? ReadAnyStyle(yaml, sourceName, options);
    }

    /// <summary>The YamlDotNet path alone, whatever the input: the reference for tests and benchmarks.</summary>
    public static ManifestSet ReadWithYamlDotNet(string yaml, string? sourceName, ParseOptions options)
    {
        CheckLength(yaml, sourceName, options);
        return ReadAnyStyle(yaml, sourceName, options);
    }

    /// <summary>
    /// Null when the fast reader declines anywhere in the stream. A binding error is held back until the
    /// whole stream is known to be in the subset: otherwise YamlDotNet reads it, and its errors come first
    /// wherever they are in document order.
    /// </summary>
    private static ManifestSet? ReadBlockStyle(string yaml, string? sourceName, ParseOptions options)
    {
        var reader = new BlockYamlReader(yaml, options);
        var context = new BindContext(sourceName);
        var set = new ManifestSet();
        ExceptionDispatchInfo? firstError = null;
        while (reader.ReadDocument() is { } root)
        {
            if (firstError is not null)
            {
                continue;
            }

            try
            {
                ManifestBinder.BindDocument(context, root, set);
            }
            catch (ManifestParseException error)
            {
                firstError = ExceptionDispatchInfo.Capture(error);
            }
        }

        if (reader.Declined)
        {
            return null;
        }

        firstError?.Throw();
        return set;
    }

    private static ManifestSet ReadAnyStyle(string yaml, string? sourceName, ParseOptions options)
    {
        var reader = new YamlTreeReader(yaml, sourceName, options);
        var context = new BindContext(sourceName);
        var set = new ManifestSet();
        while (reader.ReadDocument() is { } root)
        {
            ManifestBinder.BindDocument(context, root, set);
        }

        return set;
    }

    private static void CheckLength(string yaml, string? sourceName, ParseOptions options)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        if (yaml.Length > options.MaxInputLength)
        {
            throw new ManifestParseException(sourceName, 1, 1, "", string.Create(CultureInfo.InvariantCulture,
                $"the input is {yaml.Length} characters long, more than the limit of {options.MaxInputLength} (ParseOptions.MaxInputLength)"));
        }
    }
}
