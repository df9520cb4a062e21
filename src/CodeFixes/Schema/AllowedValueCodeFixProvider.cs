using System.Composition;
using EnvoyGateway.Dsl.CodeFixes.Editing;
using EnvoyGateway.Dsl.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace EnvoyGateway.Dsl.CodeFixes.Schema;

/// <summary>EG1001: replace a value outside its closed set with the closest allowed value; one action per suggestion.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AllowedValueCodeFixProvider)), Shared]
internal sealed class AllowedValueCodeFixProvider() : DslCodeFixProvider(RuleCatalog.EG1001, EquivalenceKeys.ReplaceWithClosestAllowedValue)
{
    private protected override void RegisterFixes(FixRequest request)
    {
        var suggestions = request.FixValues;
        for (var i = 0; i < suggestions.Count; i++)
        {
            var key = i == 0 ? EquivalenceKeys.ReplaceWithClosestAllowedValue : EquivalenceKeys.ReplaceWithAllowedValue(suggestions[i]);
            request.RegisterReplaceValue("Replace with '" + suggestions[i] + "'", key, suggestions[i]);
        }
    }
}
