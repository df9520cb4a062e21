using System.Composition;
using EnvoyGateway.Dsl.CodeFixes.Editing;
using EnvoyGateway.Dsl.CodeFixes.Schema;
using EnvoyGateway.Dsl.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace EnvoyGateway.Dsl.CodeFixes.Controller;

/// <summary>
/// EG3006: add the Global block with one rule, the catalog's example limit (100 requests per minute), so no
/// follow-up error remains (an empty Rules would be EG1002); the title states the limit it adds.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(GlobalRateLimitCodeFixProvider)), Shared]
internal sealed class GlobalRateLimitCodeFixProvider() : DslCodeFixProvider(RuleCatalog.EG3006, EquivalenceKeys.AddGlobalRateLimit)
{
    private protected override void RegisterFixes(FixRequest request)
    {
        var rateLimit = request.FindTarget("RateLimitSpec");
        if (rateLimit is not null && rateLimit.FindAssignment("Global") is null)
        {
            request.Register(
                "Add Global with a rule of 100 requests per minute",
                EquivalenceKeys.AddGlobalRateLimit,
                editor => rateLimit.AddMember(editor, "Global = new() { Rules = { " + RequiredMembers.DefaultRule + " } }"));
        }
    }
}
