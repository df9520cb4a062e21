using Microsoft.CodeAnalysis;

namespace EnvoyGateway.Dsl.Analyzers.Releases;

/// <summary>One [EnvoyGatewayRelease] attribute: the releases from Introduced until before Removed, and a deprecation.</summary>
internal readonly struct ReleaseRange
{
    private ReleaseRange(ReleaseNumber introduced, ReleaseNumber? removed, ReleaseNumber? deprecated)
    {
        Introduced = introduced;
        Removed = removed;
        Deprecated = deprecated;
    }

    public ReleaseNumber Introduced { get; }

    /// <summary>The first release without the member; null when the newest still has it.</summary>
    public ReleaseNumber? Removed { get; }

    /// <summary>The first release whose CRD documents the member as deprecated, or null.</summary>
    public ReleaseNumber? Deprecated { get; }

    public bool Contains(ReleaseNumber release) => release >= Introduced && (Removed is not { } removed || release < removed);

    /// <summary>The range an attribute describes; null for an attribute this analyzer cannot read (then it stays silent).</summary>
    public static ReleaseRange? From(AttributeData attribute)
    {
        if (attribute.ConstructorArguments.Length != 1 || !ReleaseNumber.TryParse(attribute.ConstructorArguments[0].Value as string, out var introduced))
        {
            return null;
        }

        ReleaseNumber? removed = null;
        ReleaseNumber? deprecated = null;
        foreach (var named in attribute.NamedArguments)
        {
            if (named.Value.Value is not string text || !ReleaseNumber.TryParse(text, out var release))
            {
                continue;
            }

            if (named.Key == "Removed")
            {
                removed = release;
            }
            else if (named.Key == "Deprecated")
            {
                deprecated = release;
            }
        }

        return new ReleaseRange(introduced, removed, deprecated);
    }
}
