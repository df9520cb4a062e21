using System.Composition;
using EnvoyGateway.Dsl.CodeFixes.Editing;
using EnvoyGateway.Dsl.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace EnvoyGateway.Dsl.CodeFixes.Controller;

/// <summary>EG3005: remove a targetRef namespace that differs from the policy's (the policy's own is then used).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(TargetNamespaceCodeFixProvider)), Shared]
internal sealed class TargetNamespaceCodeFixProvider() : DslCodeFixProvider(RuleCatalog.EG3005, EquivalenceKeys.RemoveTargetNamespace)
{
    private protected override void RegisterFixes(FixRequest request)
        => request.RegisterRemoveAssignment("Remove targetRef Namespace", EquivalenceKeys.RemoveTargetNamespace);
}
