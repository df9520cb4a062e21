using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace EnvoyGateway.Dsl.Analyzers.Walking;

/// <summary>API group and kind of one DSL kind type.</summary>
internal sealed class KindType
{
    public KindType(string group, string kind, int schemaType)
    {
        Group = group;
        Kind = kind;
        SchemaType = schemaType;
        SchemaKind = EnvoyGateway.Dsl.Rules.Schema.SchemaWalk.Kind(group, kind);
    }

    public string Group { get; }

    public string Kind { get; }

    /// <summary>The type's index in the generated schema table, or -1.</summary>
    public int SchemaType { get; }

    /// <summary>The kind's releases in the generated schema table, or null.</summary>
    public EnvoyGateway.Dsl.Rules.Schema.SchemaKind? SchemaKind { get; }
}

/// <summary>
/// The DSL's kinds in one compilation: every type deriving from KubernetesObject, read from the constants
/// each generated kind has (<c>KindValue</c>, <c>ApiVersionValue</c>), so a new kind needs no list here.
/// </summary>
internal sealed class KindTypes
{
    private readonly INamedTypeSymbol _kubernetesObject;
    // By reference (ReferenceComparer.Key): hashing by reference is what makes this lookup cheap enough for every
    // object creation the analyzers see.
    private readonly ConcurrentDictionary<ITypeSymbol, KindType?> _kinds = new(ReferenceComparer.Instance);

    // One delegate for every lookup: a method group passed to GetOrAdd is a new delegate per call.
    private readonly Func<ITypeSymbol, KindType?> _read;

    private KindTypes(INamedTypeSymbol kubernetesObject)
    {
        _kubernetesObject = kubernetesObject;
        _read = Read;
    }

    public static KindTypes? Resolve(IAssemblySymbol dsl)
        => dsl.GetTypeByMetadataName("EnvoyGateway.Dsl.KubernetesObject") is { } kubernetesObject ? new KindTypes(kubernetesObject) : null;

    public KindType? Of(ITypeSymbol? type) => type is null ? null : _kinds.GetOrAdd((ITypeSymbol)ReferenceComparer.Key(type), _read);

    /// <summary>Types read so far (for tests: one per distinct type, however many creations).</summary>
    internal int Count => _kinds.Count;

    private KindType? Read(ITypeSymbol type)
    {
        if (!SymbolEqualityComparer.Default.Equals(type.BaseType, _kubernetesObject)
            || Constant(type, "KindValue") is not { } kind || Constant(type, "ApiVersionValue") is not { } apiVersion)
        {
            return null;
        }

        var slash = apiVersion.IndexOf('/');
        var schemaType = EnvoyGateway.Dsl.Rules.Schema.SchemaWalk.TypeOf(type.ContainingNamespace.ToDisplayString() + "." + type.Name);
        return new KindType(slash >= 0 ? apiVersion.Substring(0, slash) : "", kind, schemaType);
    }

    private static string? Constant(ITypeSymbol type, string name)
    {
        foreach (var member in type.GetMembers(name))
        {
            if (member is IFieldSymbol { IsConst: true, ConstantValue: string value })
            {
                return value;
            }
        }

        return null;
    }
}
