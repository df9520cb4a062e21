using System.Composition;
using EnvoyGateway.Dsl.CodeFixes.Editing;
using EnvoyGateway.Dsl.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace EnvoyGateway.Dsl.CodeFixes.Metadata;

/// <summary>EG5001 (metadata.name is not a DNS-1123 subdomain): rename to the normalised form the check suggests (lower case, other characters to '-').</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MetadataNameCodeFixProvider)), Shared]
internal sealed class MetadataNameCodeFixProvider() : DslCodeFixProvider(RuleCatalog.EG5001, EquivalenceKeys.NormalizeName)
{
    private protected override void RegisterFixes(FixRequest request)
    {
        if (request.SingleFixValue is { } normalized)
        {
            request.RegisterReplaceValue("Rename to '" + normalized + "'", EquivalenceKeys.NormalizeName, normalized);
        }
    }
}
