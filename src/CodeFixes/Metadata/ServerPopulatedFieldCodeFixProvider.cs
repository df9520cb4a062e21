using System.Composition;
using EnvoyGateway.Dsl.CodeFixes.Editing;
using EnvoyGateway.Dsl.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace EnvoyGateway.Dsl.CodeFixes.Metadata;

/// <summary>EG5005: remove a field the API server populates (Uid, ResourceVersion, …).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ServerPopulatedFieldCodeFixProvider)), Shared]
internal sealed class ServerPopulatedFieldCodeFixProvider() : DslCodeFixProvider(RuleCatalog.EG5005, EquivalenceKeys.RemoveServerPopulatedField)
{
    private protected override void RegisterFixes(FixRequest request)
    {
        var assignment = InitializerSyntax.AssignmentOfValue(request.Located);
        var property = assignment is null ? null : CommonFixes.AssignedName(assignment);
        if (property is not null)
        {
            request.RegisterRemoveAssignment("Remove " + property, EquivalenceKeys.RemoveServerPopulatedField);
        }
    }
}
