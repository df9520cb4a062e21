using System.Composition;
using EnvoyGateway.Dsl.CodeFixes.Editing;
using EnvoyGateway.Dsl.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EnvoyGateway.Dsl.CodeFixes.Schema;

/// <summary>EG1005: remove the later of two headers with the same name in one client selector.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DuplicateHeaderCodeFixProvider)), Shared]
internal sealed class DuplicateHeaderCodeFixProvider() : DslCodeFixProvider(RuleCatalog.EG1005, EquivalenceKeys.RemoveDuplicateHeader)
{
    private protected override void RegisterFixes(FixRequest request)
    {
        var element = ElementOf(request.Located);
        if (element is not null)
        {
            request.Register("Remove duplicate header", EquivalenceKeys.RemoveDuplicateHeader, editor => InitializerSyntax.RemoveElement(editor, element));
        }
    }

    /// <summary>The element of a collection initializer that holds <paramref name="node"/>.</summary>
    private static ExpressionSyntax? ElementOf(SyntaxNode node)
    {
        for (var current = node; current is not null and not StatementSyntax; current = current.Parent)
        {
            if (current is ExpressionSyntax expression && current.Parent is InitializerExpressionSyntax initializer && initializer.IsKind(SyntaxKind.CollectionInitializerExpression))
            {
                return expression;
            }
        }

        return null;
    }
}
