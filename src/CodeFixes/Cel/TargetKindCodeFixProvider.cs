using System.Composition;
using EnvoyGateway.Dsl.CodeFixes.Editing;
using EnvoyGateway.Dsl.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace EnvoyGateway.Dsl.CodeFixes.Cel;

/// <summary>EG2003: replace an unsupported target kind with the closest supported one; one action per suggestion.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(TargetKindCodeFixProvider)), Shared]
internal sealed class TargetKindCodeFixProvider() : DslCodeFixProvider(RuleCatalog.EG2003, EquivalenceKeys.ReplaceWithClosestKind)
{
    private protected override void RegisterFixes(FixRequest request)
    {
        var suggestions = request.FixValues;
        for (var i = 0; i < suggestions.Count; i++)
        {
            var key = i == 0 ? EquivalenceKeys.ReplaceWithClosestKind : EquivalenceKeys.ReplaceWithKind(suggestions[i]);
            request.RegisterReplaceValue("Replace with '" + suggestions[i] + "'", key, suggestions[i]);
        }
    }
}
