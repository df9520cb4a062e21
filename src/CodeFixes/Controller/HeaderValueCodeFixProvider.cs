using System.Composition;
using EnvoyGateway.Dsl.CodeFixes.Editing;
using EnvoyGateway.Dsl.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace EnvoyGateway.Dsl.CodeFixes.Controller;

/// <summary>
/// EG3002: an Exact or RegularExpression header match without a Value. Change Type to Distinct (first: a
/// valid limit per distinct header value), or add <c>Value = ""</c> to fill in (EG1003 does not flag an
/// empty value; the header then matches only when present and empty, so the title says what it adds).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HeaderValueCodeFixProvider)), Shared]
internal sealed class HeaderValueCodeFixProvider() : DslCodeFixProvider(RuleCatalog.EG3002, EquivalenceKeys.ChangeHeaderTypeToDistinct)
{
    private const string HeaderMatch = "HeaderMatch";

    private protected override void RegisterFixes(FixRequest request)
    {
        var header = request.FindTarget(HeaderMatch);
        if (header is null)
        {
            return;
        }

        var typeAssignment = header.FindAssignment("Type");
        if (typeAssignment is null)
        {
            request.Register("Change Type to Distinct", EquivalenceKeys.ChangeHeaderTypeToDistinct, editor => header.AddMember(editor, "Type = \"Distinct\""));
        }
        else
        {
            var replacement = ValueSyntax.Replacement(typeAssignment.Right, "Distinct", request.Model, ClosedSetHolders.For(HeaderMatch, "Type"));
            request.Register("Change Type to Distinct", EquivalenceKeys.ChangeHeaderTypeToDistinct, editor => editor.ReplaceNode(typeAssignment.Right, replacement));
        }

        request.Register("Add Value = \"\"", EquivalenceKeys.AddHeaderValue, editor => header.AddMember(editor, "Value = \"\""));
    }
}
