using System.Composition;
using EnvoyGateway.Dsl.CodeFixes.Editing;
using EnvoyGateway.Dsl.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EnvoyGateway.Dsl.CodeFixes.Releases;

/// <summary>
/// EG1007: migrate a deprecated member to the one the analyzer names as its replacement. Same type
/// (<c>Compression</c> → <c>Compressor</c>): rename. A single object replaced by a list
/// (<c>TargetRef = new() { … }</c> → <c>TargetRefs = { new() { … } }</c>): the object becomes the list's one
/// item, keeping the members the item type has (a <c>Namespace</c> the list's item type lacks is dropped,
/// as the release that deprecated it no longer has it).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DeprecatedMemberCodeFixProvider)), Shared]
internal sealed class DeprecatedMemberCodeFixProvider() : DslCodeFixProvider(RuleCatalog.EG1007, EquivalenceKeys.MigrateDeprecatedMember)
{
    private protected override void RegisterFixes(FixRequest request)
    {
        if (request.SingleFixValue is not { } replacementName || request.Located is not SimpleNameSyntax name
            || request.Model.GetSymbolInfo(name).Symbol is not IPropertySymbol deprecated
            || deprecated.ContainingType.GetMembers(replacementName).OfType<IPropertySymbol>().FirstOrDefault() is not { } replacement
            || IsAlsoAssigned(name, replacementName))
        {
            return;
        }

        var title = "Use " + replacementName;
        if (SymbolEqualityComparer.Default.Equals(deprecated.Type, replacement.Type))
        {
            request.Register(title, EquivalenceKeys.MigrateDeprecatedMember,
                editor => editor.ReplaceNode(name, SyntaxFactory.IdentifierName(replacementName).WithTriviaFrom(name)));
            return;
        }

        if (ItemType(replacement.Type) is { } itemType
            && name.Parent is AssignmentExpressionSyntax assignment && assignment.Left == name
            && InitializerOf(assignment.Right) is { } initializer)
        {
            request.Register(title, EquivalenceKeys.MigrateDeprecatedMember,
                editor => editor.ReplaceNode(assignment, AsListItem(replacementName, initializer, itemType).WithTriviaFrom(assignment)));
        }
    }

    /// <summary><c>Replacement = { new() { members the item type has } }</c>.</summary>
    private static AssignmentExpressionSyntax AsListItem(string replacementName, InitializerExpressionSyntax initializer, ITypeSymbol itemType)
    {
        var unknown = initializer.Expressions
            .Where(member => member is AssignmentExpressionSyntax { Left: IdentifierNameSyntax left } && itemType.GetMembers(left.Identifier.ValueText).IsEmpty)
            .ToList();
        var kept = (unknown.Count == 0 ? initializer : Without(initializer, unknown)).WithoutTrivia();
        var item = SyntaxFactory.ImplicitObjectCreationExpression()
            .WithNewKeyword(SyntaxFactory.Token(SyntaxKind.NewKeyword))
            .WithArgumentList(SyntaxFactory.ArgumentList().WithTrailingTrivia(SyntaxFactory.Space))
            .WithInitializer(kept);
        var list = SyntaxFactory.InitializerExpression(
            SyntaxKind.CollectionInitializerExpression,
            SyntaxFactory.Token(SyntaxKind.OpenBraceToken).WithTrailingTrivia(SyntaxFactory.Space),
            SyntaxFactory.SingletonSeparatedList<ExpressionSyntax>(item),
            SyntaxFactory.Token(SyntaxKind.CloseBraceToken).WithLeadingTrivia(SyntaxFactory.Space));
        return SyntaxFactory.AssignmentExpression(
            SyntaxKind.SimpleAssignmentExpression,
            SyntaxFactory.IdentifierName(replacementName).WithTrailingTrivia(SyntaxFactory.Space),
            SyntaxFactory.Token(SyntaxKind.EqualsToken).WithTrailingTrivia(SyntaxFactory.Space),
            list);
    }

    /// <summary>
    /// The initializer without <paramref name="removed"/>, laid out as written: the separators in place, the
    /// last member's trailing trivia (the space before <c>}</c>, or the line end) and a trailing comma kept.
    /// </summary>
    private static InitializerExpressionSyntax Without(InitializerExpressionSyntax initializer, IReadOnlyCollection<ExpressionSyntax> removed)
    {
        var expressions = initializer.Expressions;
        var kept = expressions.Where(member => !removed.Contains(member)).ToList();
        if (kept.Count == 0)
        {
            return initializer.WithExpressions(default);
        }

        var trailingComma = expressions.SeparatorCount == expressions.Count;
        var separators = Enumerable.Range(0, trailingComma ? kept.Count : kept.Count - 1).Select(i => expressions.GetSeparator(Math.Min(i, expressions.SeparatorCount - 1)));
        kept[kept.Count - 1] = kept[kept.Count - 1].WithTrailingTrivia(expressions[expressions.Count - 1].GetTrailingTrivia());
        return initializer.WithExpressions(SyntaxFactory.SeparatedList(kept, separators));
    }

    private static InitializerExpressionSyntax? InitializerOf(ExpressionSyntax value) => value switch
    {
        BaseObjectCreationExpressionSyntax { Initializer: { } initializer } when initializer.IsKind(SyntaxKind.ObjectInitializerExpression) => initializer,
        _ => null,
    };

    /// <summary>The item type of a generated list property (<c>List&lt;T&gt;</c>).</summary>
    private static ITypeSymbol? ItemType(ITypeSymbol type)
        => type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } list && list.Name == "List" ? list.TypeArguments[0] : null;

    /// <summary>True when the same initializer already sets the replacement: moving the value there would set it twice.</summary>
    private static bool IsAlsoAssigned(SimpleNameSyntax name, string replacementName)
        => name.Parent?.Parent is InitializerExpressionSyntax siblings
            && siblings.Expressions.Any(member => member is AssignmentExpressionSyntax { Left: IdentifierNameSyntax left } && left.Identifier.ValueText == replacementName);
}
