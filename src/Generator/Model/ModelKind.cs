using EnvoyGateway.Dsl.Generator.Releases;

namespace EnvoyGateway.Dsl.Generator.Model;

/// <summary>One Kubernetes kind (a CRD) over the releases that ship it.</summary>
internal sealed class ModelKind(string group, string kind, string plural, string scope)
{
    public string Group { get; } = group;

    public string Kind { get; } = kind;

    public string Plural { get; } = plural;

    public string Scope { get; } = scope;

    /// <summary>"group/Kind": unique across the model.</summary>
    public string Key => $"{Group}/{Kind}";

    public ReleaseSet Releases { get; internal set; }

    /// <summary>Per release index: the served versions, newest first (the first is the one written).</summary>
    public SortedDictionary<int, IReadOnlyList<string>> ServedVersions { get; } = [];

    /// <summary>Per release index: the facts at the schema's root (CEL rules on the whole object).</summary>
    public SortedDictionary<int, NodeFacts> RootFacts { get; } = [];

    public ModelType RootType { get; internal set; } = null!;

    public string NewestServedVersion(int releaseIndex) => ServedVersions[releaseIndex][0];

    public override string ToString() => Key;
}
