using System.Composition;
using EnvoyGateway.Dsl.CodeFixes.Editing;
using EnvoyGateway.Dsl.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace EnvoyGateway.Dsl.CodeFixes.Cel;

/// <summary>EG2004: remove the target's SectionName, which v0.6.0 does not support for this policy.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SectionNameCodeFixProvider)), Shared]
internal sealed class SectionNameCodeFixProvider() : DslCodeFixProvider(RuleCatalog.EG2004, EquivalenceKeys.RemoveSectionName)
{
    private protected override void RegisterFixes(FixRequest request)
        => request.RegisterRemoveAssignment("Remove SectionName", EquivalenceKeys.RemoveSectionName);
}
