using System.Runtime.CompilerServices;
using EnvoyGateway.Dsl.Analyzers.Walking;
using Microsoft.CodeAnalysis;

namespace EnvoyGateway.Dsl.Analyzers;

/// <summary>
/// The DSL's types in one compilation, resolved once by metadata name when the compilation starts and shared by
/// every analyzer: a lookup by metadata name searches every reference, and with one resolution per analyzer the
/// compilation starts took 0.2 s of threads' time in the 2,000-policy build (docs/performance.md).
/// </summary>
internal sealed class DslTypes
{
    private const string V1Alpha1 = "EnvoyGateway.Dsl.Gateway.V1Alpha1.";

    // Null (a compilation without the DSL) is kept too, so that it is not looked for again either. Lazy: the table may
    // run its factory on every analyzer's thread at once; only the winning Lazy resolves.
    private static readonly ConditionalWeakTable<Compilation, Lazy<DslTypes?>> Resolved = new();

    private readonly Dictionary<ISymbol, DslPart> _parts;

    private DslTypes(INamedTypeSymbol manifestSet, Dictionary<ISymbol, DslPart> parts, KindTypes kinds)
    {
        ManifestSet = manifestSet;
        _parts = parts;
        Kinds = kinds;
    }

    public INamedTypeSymbol ManifestSet { get; }

    /// <summary>The DSL's kinds (every KubernetesObject type): group and kind by type.</summary>
    public KindTypes Kinds { get; }

    /// <summary>Null when the compilation does not reference the DSL: the analyzers then register nothing.</summary>
    public static DslTypes? Of(Compilation compilation)
        => Resolved.GetValue(compilation, static compilation => new Lazy<DslTypes?>(() => Resolve(compilation))).Value;

    private static DslTypes? Resolve(Compilation compilation)
    {
        // One lookup across every reference; the DSL's other types are then read from its own assembly, which is
        // cheaper by the number of references (about 170 in an SDK project).
        if (compilation.GetTypeByMetadataName("EnvoyGateway.Dsl.ManifestSet") is not { } manifestSet
            || KindTypes.Resolve(manifestSet.ContainingAssembly) is not { } kinds)
        {
            return null;
        }

        var dsl = manifestSet.ContainingAssembly;
        var parts = new Dictionary<ISymbol, DslPart>(SymbolEqualityComparer.Default);
        foreach (var part in DslPartExtensions.All)
        {
            var metadataName = part == DslPart.ObjectMeta ? "EnvoyGateway.Dsl.ObjectMeta" : V1Alpha1 + part;
            if (dsl.GetTypeByMetadataName(metadataName) is not { } type)
            {
                // A DSL of another shape (older or newer version): stay silent rather than half-analyse.
                return null;
            }

            parts.Add(type, part);
        }

        return new DslTypes(manifestSet, parts, kinds);
    }

    /// <summary>The model part <paramref name="type"/> is, if it is one.</summary>
    public DslPart? PartOf(ITypeSymbol? type)
        => type is not null && _parts.TryGetValue(type.OriginalDefinition, out var part) ? part : null;

    /// <summary>A type of the DSL's assembly by metadata name, or null.</summary>
    public INamedTypeSymbol? DslType(string metadataName) => ManifestSet.ContainingAssembly.GetTypeByMetadataName(metadataName);

    public bool IsManifestSet(ITypeSymbol? type) => SymbolEqualityComparer.Default.Equals(type, ManifestSet);
}
