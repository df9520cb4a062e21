namespace EnvoyGateway.Dsl.Serialization;

internal static class YamlReader
{
    public static ManifestSet Read(string yaml, string? sourceName, ParseOptions options) => throw new NotImplementedException();
}
