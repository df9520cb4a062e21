using System.Composition;
using EnvoyGateway.Dsl.CodeFixes.Editing;
using EnvoyGateway.Dsl.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace EnvoyGateway.Dsl.CodeFixes.Metadata;

/// <summary>
/// EG5006: give the policy the namespace "default" (where kubectl puts it without a context namespace):
/// into <c>Metadata = { … }</c>, or a new <c>Metadata = { Namespace = "default" }</c>; an empty
/// <c>Namespace = ""</c> gets the value instead.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MissingNamespaceCodeFixProvider)), Shared]
internal sealed class MissingNamespaceCodeFixProvider() : DslCodeFixProvider(RuleCatalog.EG5006, EquivalenceKeys.AddNamespace)
{
    private const string DefaultNamespace = "default";
    private const string Title = "Add Namespace = \"default\"";

    private protected override void RegisterFixes(FixRequest request)
    {
        var metadata = request.FindTarget("ObjectMeta");
        var existing = metadata?.FindAssignment("Namespace");
        if (existing is not null)
        {
            var replacement = ValueSyntax.Replacement(existing.Right, DefaultNamespace, request.Model);
            request.Register(Title, EquivalenceKeys.AddNamespace, editor => editor.ReplaceNode(existing.Right, replacement));
        }
        else if (metadata is not null)
        {
            request.Register(Title, EquivalenceKeys.AddNamespace, editor => metadata.AddMember(editor, "Namespace = \"" + DefaultNamespace + "\""));
        }
    }
}
