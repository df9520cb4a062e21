using System.Composition;
using EnvoyGateway.Dsl.CodeFixes.Editing;
using EnvoyGateway.Dsl.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace EnvoyGateway.Dsl.CodeFixes.Cel;

/// <summary>
/// EG2001: make loadBalancer.consistentHash agree with the type. A ConsistentHash block with another type:
/// set Type to ConsistentHash (first: it keeps what the user wrote) or remove the block. Type ConsistentHash
/// without a block: add <c>ConsistentHash = new() { Type = "SourceIP" }</c>, the only hash type of v0.6.0.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ConsistentHashCodeFixProvider)), Shared]
internal sealed class ConsistentHashCodeFixProvider() : DslCodeFixProvider(RuleCatalog.EG2001, EquivalenceKeys.MatchTypeAndConsistentHash)
{
    private const string ConsistentHashType = "ConsistentHash";

    private protected override void RegisterFixes(FixRequest request)
    {
        // The location is the load balancer's Type value; its initializer holds ConsistentHash.
        var typeAssignment = InitializerSyntax.AssignmentOfValue(request.Located);
        var loadBalancer = typeAssignment is null ? null : CommonFixes.Owner(typeAssignment);
        if (loadBalancer is null)
        {
            return;
        }

        var consistentHash = InitializerSyntax.FindAssignment(loadBalancer, "ConsistentHash");
        if (request.SingleFixValue == "add" && consistentHash is null)
        {
            request.Register(
                "Add ConsistentHash = new() { Type = \"SourceIP\" }",
                EquivalenceKeys.MatchTypeAndConsistentHash,
                editor => editor.ReplaceNode(loadBalancer, (current, _) => InitializerSyntax.AddElement(
                    (Microsoft.CodeAnalysis.CSharp.Syntax.InitializerExpressionSyntax)current,
                    InitializerSyntax.ParseMember("ConsistentHash = new() { Type = \"SourceIP\" }"))));
        }
        else if (request.SingleFixValue == "remove" && consistentHash is not null)
        {
            request.RegisterReplaceValue("Set Type to \"ConsistentHash\"", EquivalenceKeys.MatchTypeAndConsistentHash, ConsistentHashType);
            request.Register("Remove ConsistentHash", EquivalenceKeys.RemoveConsistentHash, editor => InitializerSyntax.RemoveElement(editor, consistentHash));
        }
    }
}
