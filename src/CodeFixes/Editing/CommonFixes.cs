using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EnvoyGateway.Dsl.CodeFixes.Editing;

/// <summary>The edits most rules share: replace the reported value, remove the reported assignment.</summary>
internal static class CommonFixes
{
    /// <summary>The reported value expression (a value finding's location), or null.</summary>
    public static ExpressionSyntax? ReportedValue(this FixRequest request) => request.Located switch
    {
        ArgumentSyntax argument => argument.Expression,
        ExpressionSyntax expression => expression,
        _ => null,
    };

    /// <summary>Registers "replace the reported value with <paramref name="value"/>" (see <see cref="ValueSyntax.Replacement"/>).</summary>
    public static void RegisterReplaceValue(this FixRequest request, string title, string equivalenceKey, string value)
    {
        var original = request.ReportedValue();
        if (original is null)
        {
            return;
        }

        var replacement = ValueSyntax.Replacement(original, value, request.Model, ClosedSetHolders.For(request.ObjectType, request.Property));
        request.Register(title, equivalenceKey, editor => editor.ReplaceNode(original, replacement));
    }

    /// <summary>Registers "remove the assignment whose value is reported" (<c>SectionName = "http"</c>).</summary>
    public static void RegisterRemoveAssignment(this FixRequest request, string title, string equivalenceKey)
    {
        var assignment = InitializerSyntax.AssignmentOfValue(request.Located);
        if (assignment is not null)
        {
            request.Register(title, equivalenceKey, editor => InitializerSyntax.RemoveElement(editor, assignment));
        }
    }

    /// <summary>The simple name of an assignment's left side (<c>Unit</c>).</summary>
    public static string? AssignedName(AssignmentExpressionSyntax assignment)
        => (assignment.Left as IdentifierNameSyntax)?.Identifier.ValueText;

    /// <summary>The object initializer containing <paramref name="assignment"/>.</summary>
    public static InitializerExpressionSyntax? Owner(SyntaxNode assignment) => assignment.Parent as InitializerExpressionSyntax;
}
