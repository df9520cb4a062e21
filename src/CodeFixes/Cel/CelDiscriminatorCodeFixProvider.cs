using System.Composition;
using EnvoyGateway.Dsl.CodeFixes.Editing;
using EnvoyGateway.Dsl.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace EnvoyGateway.Dsl.CodeFixes.Cel;

/// <summary>
/// EG2100, for the CEL rules that tie a field to one value of a discriminator (<c>has(self.grpc) ? self.type == 'GRPC' : true</c>,
/// 229 rules, docs/cel-rules.md): the field is set, so set the discriminator to that value, replacing the one written
/// (in its style: a constant of the same holder stays a constant) or adding it. The analyzer passes the property and
/// value only when the field is certainly set.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CelDiscriminatorCodeFixProvider)), Shared]
internal sealed class CelDiscriminatorCodeFixProvider() : DslCodeFixProvider(RuleCatalog.EG2100, EquivalenceKeys.SetCelDiscriminator)
{
    private protected override void RegisterFixes(FixRequest request)
    {
        if (request.Property is not { } property || request.ObjectType is not { } objectType || request.SingleFixValue is not { } value
            || request.FindTarget(objectType) is not { } target)
        {
            return;
        }

        var existing = target.FindAssignment(property);
        request.Register(
            $"Set {property} to \"{value}\"",
            EquivalenceKeys.SetCelDiscriminator,
            editor =>
            {
                if (existing is null)
                {
                    target.AddMember(editor, $"{property} = {ValueSyntax.StringLiteral(value)}");
                }
                else
                {
                    editor.ReplaceNode(existing.Right, ValueSyntax.Replacement(existing.Right, value, request.Model));
                }
            });
    }
}
