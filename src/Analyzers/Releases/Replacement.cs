using Microsoft.CodeAnalysis;

namespace EnvoyGateway.Dsl.Analyzers.Releases;

/// <summary>
/// The property that replaces a deprecated one, read from the generated type itself: its plural
/// (<c>TargetRef</c> → <c>TargetRefs</c>, <c>BackendRef</c> → <c>BackendRefs</c>), or a property of the same
/// type that the deprecating release introduced (<c>Compression</c> → <c>Compressor</c>). Null when neither
/// exists in the selected release. The code fix migrates to it.
/// </summary>
internal static class Replacement
{
    public static IPropertySymbol? For(IPropertySymbol deprecated, ReleaseAnalyzer.SymbolReleases releases)
    {
        var deprecatedIn = releases.For(deprecated).DeprecatedSince;
        IPropertySymbol? sameType = null;
        foreach (var member in deprecated.ContainingType.GetMembers())
        {
            if (member is not IPropertySymbol candidate || SymbolEqualityComparer.Default.Equals(candidate, deprecated) || !releases.For(candidate).IsAvailable)
            {
                continue;
            }

            if (candidate.Name == deprecated.Name + "s")
            {
                return candidate;
            }

            if (SymbolEqualityComparer.Default.Equals(candidate.Type, deprecated.Type) && IntroducedIn(candidate, releases, deprecatedIn))
            {
                sameType = candidate;
            }
        }

        return sameType;
    }

    private static bool IntroducedIn(IPropertySymbol candidate, ReleaseAnalyzer.SymbolReleases releases, ReleaseNumber release)
    {
        foreach (var range in releases.RangesOf(candidate))
        {
            if (range.Introduced == release)
            {
                return true;
            }
        }

        return false;
    }
}
