using System.Composition;
using EnvoyGateway.Dsl.CodeFixes.Editing;
using EnvoyGateway.Dsl.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace EnvoyGateway.Dsl.CodeFixes.Controller;

/// <summary>EG3004: a bare address becomes the CIDR of that one address (/32 or /128), as the check suggests.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SourceCidrCodeFixProvider)), Shared]
internal sealed class SourceCidrCodeFixProvider() : DslCodeFixProvider(RuleCatalog.EG3004, EquivalenceKeys.UseSingleAddressCidr)
{
    private protected override void RegisterFixes(FixRequest request)
    {
        // No fix data: the value is no address at all, and only the user knows the range.
        if (request.SingleFixValue is { } cidr)
        {
            request.RegisterReplaceValue("Use '" + cidr + "'", EquivalenceKeys.UseSingleAddressCidr, cidr);
        }
    }
}
