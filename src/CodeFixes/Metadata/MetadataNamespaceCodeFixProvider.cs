using System.Composition;
using EnvoyGateway.Dsl.CodeFixes.Editing;
using EnvoyGateway.Dsl.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace EnvoyGateway.Dsl.CodeFixes.Metadata;

/// <summary>EG5002 (metadata.namespace is not a DNS-1123 label): rename to the normalised form the check suggests (lower case, other characters to '-').</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MetadataNamespaceCodeFixProvider)), Shared]
internal sealed class MetadataNamespaceCodeFixProvider() : DslCodeFixProvider(RuleCatalog.EG5002, EquivalenceKeys.NormalizeNamespace)
{
    private protected override void RegisterFixes(FixRequest request)
    {
        if (request.SingleFixValue is { } normalized)
        {
            request.RegisterReplaceValue("Rename to '" + normalized + "'", EquivalenceKeys.NormalizeNamespace, normalized);
        }
    }
}
