namespace EnvoyGateway.Dsl.Tool.Import;

/// <summary>Names for the generated file: <c>namespace Namespace; public static class ClassName { ManifestSet SetName }</c>.</summary>
internal sealed record CSharpEmitterOptions(string Namespace, string ClassName, string SetName, IReadOnlyList<string> SourceNames)
{
    public const string DefaultNamespace = "Manifests";
    public const string DefaultClassName = "Policies";
    public const string DefaultSetName = "Imported";
}
