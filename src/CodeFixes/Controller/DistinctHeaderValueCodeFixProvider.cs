using System.Composition;
using EnvoyGateway.Dsl.CodeFixes.Editing;
using EnvoyGateway.Dsl.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace EnvoyGateway.Dsl.CodeFixes.Controller;

/// <summary>EG3001: a Distinct header match with a Value: remove the Value (first), or change Type to Exact.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DistinctHeaderValueCodeFixProvider)), Shared]
internal sealed class DistinctHeaderValueCodeFixProvider() : DslCodeFixProvider(RuleCatalog.EG3001, EquivalenceKeys.RemoveDistinctHeaderValue)
{
    private protected override void RegisterFixes(FixRequest request)
    {
        request.RegisterRemoveAssignment("Remove Value", EquivalenceKeys.RemoveDistinctHeaderValue);

        var valueAssignment = InitializerSyntax.AssignmentOfValue(request.Located);
        var typeAssignment = valueAssignment is null ? null : InitializerSyntax.FindAssignment(CommonFixes.Owner(valueAssignment), "Type");
        if (typeAssignment is not null)
        {
            var replacement = ValueSyntax.Replacement(typeAssignment.Right, "Exact", request.Model, ClosedSetHolders.For("HeaderMatch", "Type"));
            request.Register("Change Type to Exact", EquivalenceKeys.ChangeHeaderTypeToExact, editor => editor.ReplaceNode(typeAssignment.Right, replacement));
        }
    }
}
