using System.Composition;
using EnvoyGateway.Dsl.CodeFixes.Editing;
using EnvoyGateway.Dsl.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace EnvoyGateway.Dsl.CodeFixes.Cel;

/// <summary>EG2002: set the target group to gateway.networking.k8s.io.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(TargetGroupCodeFixProvider)), Shared]
internal sealed class TargetGroupCodeFixProvider() : DslCodeFixProvider(RuleCatalog.EG2002, EquivalenceKeys.SetGatewayApiGroup)
{
    private protected override void RegisterFixes(FixRequest request)
        => request.RegisterReplaceValue("Set Group to \"" + AllowedValues.GatewayApiGroup + "\"", EquivalenceKeys.SetGatewayApiGroup, AllowedValues.GatewayApiGroup);
}
