namespace EnvoyGateway.Dsl.Generator.Crds;

/// <summary>A CustomResourceDefinition as the generator needs it.</summary>
internal sealed record Crd(string Name, string Group, string Kind, string Plural, string Scope, IReadOnlyList<CrdVersion> Versions, string SourceFile)
{
    /// <summary>The served versions, newest first by Kubernetes version priority (v1 &gt; v1beta1 &gt; v1alpha2).</summary>
    public IReadOnlyList<CrdVersion> ServedNewestFirst => [.. Versions.Where(v => v.Served).OrderBy(v => v.Name, KubernetesVersionComparer.NewestFirst)];
}

internal sealed record CrdVersion(string Name, bool Served, bool Storage, bool Deprecated, SchemaNode Schema);
