using Microsoft.CodeAnalysis;

namespace EnvoyGateway.Dsl.Analyzers.Walking;

/// <summary>
/// Where a finding about an object or a field would go, turned into a <see cref="Location"/> only when there is one:
/// the walks pass a place down for every object and field, and nearly all of them are valid. Finding the squiggle of
/// every creation up front was a tenth of the resource analyzer's time in the 2,000-policy build (docs/performance.md).
/// </summary>
internal readonly struct FindingPlace
{
    // A creation (its squiggle: without the initializer) or a syntax node; null in a default instance.
    private readonly object? _at;

    private FindingPlace(object at) => _at = at;

    public static FindingPlace Creation(IOperation creation) => new(creation);

    public static FindingPlace Of(SyntaxNode syntax) => new(syntax);

    public Location Location => _at switch
    {
        IOperation creation => DslOperations.CreationLocation(creation),
        SyntaxNode syntax => syntax.GetLocation(),
        _ => Location.None,
    };
}
