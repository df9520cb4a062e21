using System.Composition;
using EnvoyGateway.Dsl.CodeFixes.Editing;
using EnvoyGateway.Dsl.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

namespace EnvoyGateway.Dsl.CodeFixes.Schema;

/// <summary>EG1002: add the missing required member (see <see cref="RequiredMembers"/> for the values).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RequiredMemberCodeFixProvider)), Shared]
internal sealed class RequiredMemberCodeFixProvider() : DslCodeFixProvider(RuleCatalog.EG1002, EquivalenceKeys.AddRequiredMember)
{
    private protected override void RegisterFixes(FixRequest request)
    {
        var property = request.Property;
        var owner = RequiredMembers.OwnerOf(request.ObjectType, property);
        var target = owner is null ? null : request.FindTarget(owner);
        if (property is null || owner is null || target is null)
        {
            return;
        }

        var choices = RequiredMembers.For(owner, property, target, request.FixValues);
        var existing = target.FindAssignment(property);
        for (var i = 0; i < choices.Count; i++)
        {
            var choice = choices[i];
            var title = property == "TargetRef" ? "Add TargetRef" : "Add " + choice.Text;
            var key = i == 0 ? EquivalenceKeys.AddRequiredMember : EquivalenceKeys.AddRequiredMemberWith(choice.Value);
            request.Register(title, key, editor => Apply(editor, target, existing, property, choice));
        }
    }

    private static void Apply(SyntaxEditor editor, InitializerTarget target, AssignmentExpressionSyntax? existing, string property, MemberChoice choice)
    {
        if (existing is null)
        {
            target.AddMember(editor, choice.Text);
        }
        else if (property == "Rules" && existing.Right is InitializerExpressionSyntax rules)
        {
            // "Rules = { }": the list exists, it only needs a rule.
            editor.ReplaceNode(rules, (current, _) => InitializerSyntax.AddElement((InitializerExpressionSyntax)current, InitializerSyntax.ParseMember(RequiredMembers.DefaultRule)));
        }
        else
        {
            // "Type = null" counts as missing: replace the whole assignment.
            editor.ReplaceNode(existing, InitializerSyntax.ParseMember(choice.Text).WithTriviaFrom(existing));
        }
    }
}
