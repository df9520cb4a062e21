using System.Globalization;
using System.Text.Json;
using GeneratedYamlWriter = EnvoyGateway.Dsl.Serialization.GeneratedYamlWriter;
using YamlBuffer = EnvoyGateway.Dsl.Serialization.YamlBuffer;
using PlainScalarKind = EnvoyGateway.Dsl.Serialization.PlainScalarKind;
using PlainScalars = EnvoyGateway.Dsl.Serialization.PlainScalars;
using YamlDotNet.RepresentationModel;

namespace EnvoyGateway.Dsl.Tool.Tests;

/// <summary>
/// YAML streams compared as data: each document as canonical JSON (keys sorted, plain scalars resolved
/// by the YAML core schema, quoted ones strings). The apiVersion keeps its group only (the code writes
/// the newest version the release serves); null fields and empty lists or maps are dropped (the writer
/// omits unset and empty collections, as the API server stores them).
/// </summary>
internal static class YamlDataTree
{
    /// <summary>Each generated resource written by the product's writer for <paramref name="release"/>.</summary>
    public static string Write(ManifestSet set, EnvoyGatewayVersion release)
    {
        using var buffer = new YamlBuffer(4096);
        foreach (var resource in set)
        {
            if (buffer.Length > 0)
            {
                buffer.Append("---\n");
            }

            Assert.True(GeneratedYamlWriter.TryWriteDocument(buffer, resource, release), $"no writer for {resource.GetType()}");
        }

        return buffer.ToString();
    }

    /// <summary>The documents of a stream as canonical JSON, empty documents left out.</summary>
    public static List<string> Documents(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var documents = new List<string>();
        foreach (var document in stream.Documents)
        {
            if (Convert(document.RootNode) is Dictionary<string, object?> root)
            {
                if (root.TryGetValue("apiVersion", out var apiVersion) && apiVersion is string text && text.Contains('/', StringComparison.Ordinal))
                {
                    root["apiVersion"] = text[..text.IndexOf('/', StringComparison.Ordinal)] + "/*";
                }

                documents.Add(JsonSerializer.Serialize(root));
            }
        }

        return documents;
    }

    private static object? Convert(YamlNode node)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                var map = new SortedDictionary<string, object?>(StringComparer.Ordinal);
                foreach (var (key, value) in mapping.Children)
                {
                    if (Convert(value) is { } converted && !IsEmpty(converted))
                    {
                        map[((YamlScalarNode)key).Value ?? ""] = converted;
                    }
                }

                return new Dictionary<string, object?>(map, StringComparer.Ordinal);
            case YamlSequenceNode sequence:
                return sequence.Children.Select(Convert).ToList();
            case YamlScalarNode scalar:
                return Scalar(scalar);
            default:
                throw new InvalidOperationException(node.GetType().Name);
        }
    }

    private static bool IsEmpty(object value) => value is List<object?> { Count: 0 };

    private static object? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style != YamlDotNet.Core.ScalarStyle.Plain || (!scalar.Tag.IsEmpty && !scalar.Tag.IsNonSpecific && scalar.Tag.Value == "tag:yaml.org,2002:str"))
        {
            return text;
        }

        if (text is "" or "~" or "null" or "Null" or "NULL")
        {
            return null;
        }

        if (text is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
        {
            return text[0] is 't' or 'T';
        }

        if (PlainScalars.TryParseCoreInteger(text, out var integer))
        {
            return integer;
        }

        if (PlainScalars.Resolve(text) == PlainScalarKind.Float && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        return text;
    }
}
