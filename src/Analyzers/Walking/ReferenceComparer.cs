using Microsoft.CodeAnalysis;

namespace EnvoyGateway.Dsl.Analyzers.Walking;

/// <summary>
/// Reference equality for symbols (netstandard2.0 has no ReferenceEqualityComparer), for the analyzers' caches of
/// answers per symbol: a compilation has one symbol instance per declaration, and hashing by reference is cheaper
/// than <see cref="SymbolEqualityComparer"/>.
/// </summary>
internal sealed class ReferenceComparer : IEqualityComparer<ISymbol>
{
    public static readonly ReferenceComparer Instance = new();

    /// <summary>
    /// The instance to key a symbol by: a type without its nullable annotation. In a nullable context an operation's
    /// type is a new annotated wrapper each time, which a cache keyed by it never finds; the unannotated one is the
    /// symbol's own.
    /// </summary>
    public static ISymbol Key(ISymbol symbol) => symbol is ITypeSymbol type ? type.WithNullableAnnotation(NullableAnnotation.None) : symbol;

    public bool Equals(ISymbol? x, ISymbol? y) => ReferenceEquals(x, y);

    public int GetHashCode(ISymbol obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
}
