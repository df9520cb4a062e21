using System.Globalization;

namespace EnvoyGateway.Dsl.Serialization;

/// <summary>
/// Reads untrusted YAML into typed resources, strictly (docs/yaml.md): YamlDotNet's low-level parser
/// produces the events, <see cref="YamlTreeReader"/> builds bounded document trees, and the binders map
/// them field by field. Never YamlDotNet's object deserializer, which is slower and accepts more.
/// </summary>
internal static class YamlReader
{
    public static ManifestSet Read(string yaml, string? sourceName, ParseOptions options)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        if (yaml.Length > options.MaxInputLength)
        {
            throw new ManifestParseException(sourceName, 1, 1, "", string.Create(CultureInfo.InvariantCulture,
                $"the input is {yaml.Length} characters long, more than the limit of {options.MaxInputLength} (ParseOptions.MaxInputLength)"));
        }

        var reader = new YamlTreeReader(yaml, sourceName, options);
        var context = new BindContext(sourceName);
        var set = new ManifestSet();
        while (reader.ReadDocument() is { } root)
        {
            ManifestBinder.BindDocument(context, root, set);
        }

        return set;
    }
}
