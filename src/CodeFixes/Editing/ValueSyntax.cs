using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EnvoyGateway.Dsl.CodeFixes.Editing;

/// <summary>Builds the expression that replaces a wrong value, in the style the user wrote it.</summary>
internal static class ValueSyntax
{
    public static LiteralExpressionSyntax StringLiteral(string value)
        => SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(value));

    /// <summary>
    /// A string literal stays a string literal. A named constant (<c>Units.Minutes</c>) becomes the constant of
    /// the same holder with the new value when there is one (<c>Units.Minute</c>), else the DSL's own holder
    /// (<paramref name="holderMetadataName"/>, e.g. <c>RateLimitUnit.Minute</c>) when it is in scope by its
    /// simple name; anything else becomes a string literal.
    /// </summary>
    public static ExpressionSyntax Replacement(ExpressionSyntax original, string value, SemanticModel model, string? holderMetadataName = null)
        => (ReplacementConstant(original, value, model, holderMetadataName) ?? StringLiteral(value)).WithTriviaFrom(original);

    private static ExpressionSyntax? ReplacementConstant(ExpressionSyntax original, string value, SemanticModel model, string? holderMetadataName)
    {
        if (original is LiteralExpressionSyntax || model.GetSymbolInfo(original).Symbol is not IFieldSymbol { IsConst: true } field)
        {
            return null;
        }

        var sibling = ConstantWithValue(field.ContainingType, value);
        if (sibling is not null)
        {
            switch (original)
            {
                case MemberAccessExpressionSyntax memberAccess:
                    return memberAccess.WithName(SyntaxFactory.IdentifierName(sibling.Name));
                case IdentifierNameSyntax:
                    return SyntaxFactory.IdentifierName(sibling.Name);
            }
        }

        var holder = holderMetadataName is null ? null : model.Compilation.GetTypeByMetadataName(holderMetadataName);
        var member = holder is null ? null : ConstantWithValue(holder, value);
        if (holder is null || member is null || !IsInScopeBySimpleName(holder, original, model))
        {
            return null;
        }

        return SyntaxFactory.MemberAccessExpression(
            SyntaxKind.SimpleMemberAccessExpression,
            SyntaxFactory.IdentifierName(holder.Name),
            SyntaxFactory.IdentifierName(member.Name));
    }

    private static IFieldSymbol? ConstantWithValue(INamedTypeSymbol type, string value)
        => type.GetMembers().OfType<IFieldSymbol>().FirstOrDefault(f => f.IsConst && f.ConstantValue as string == value);

    private static bool IsInScopeBySimpleName(INamedTypeSymbol type, SyntaxNode position, SemanticModel model)
        => model.LookupNamespacesAndTypes(position.SpanStart, name: type.Name)
            .Any(symbol => SymbolEqualityComparer.Default.Equals(symbol, type));
}
