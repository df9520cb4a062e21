using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Editing;

namespace EnvoyGateway.Dsl.CodeFixes.Editing;

/// <summary>One diagnostic to fix: its node, its properties and a way to register a syntax edit as a code action.</summary>
internal sealed class FixRequest
{
    private readonly CodeFixContext _context;

    public FixRequest(CodeFixContext context, Diagnostic diagnostic, SyntaxNode located, SemanticModel model)
    {
        _context = context;
        Diagnostic = diagnostic;
        Located = located;
        Model = model;
    }

    public Diagnostic Diagnostic { get; }

    /// <summary>The node the diagnostic's location covers (the value, the creation, the element).</summary>
    public SyntaxNode Located { get; }

    public SemanticModel Model { get; }

    public string? Property => Diagnostic.Property();

    public string? ObjectType => Diagnostic.ObjectType();

    public IReadOnlyList<string> FixValues => Diagnostic.FixValues();

    /// <summary>The fix data when it is one value ("add", a normalised name), else null.</summary>
    public string? SingleFixValue => FixValues.Count == 1 ? FixValues[0] : null;

    /// <summary>Registers a code action that applies <paramref name="edit"/> to the document.</summary>
    public void Register(string title, string equivalenceKey, Action<SyntaxEditor> edit)
    {
        var document = _context.Document;
        _context.RegisterCodeFix(
            CodeAction.Create(
                title,
                async cancellationToken =>
                {
                    var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
                    edit(editor);
                    return editor.GetChangedDocument();
                },
                equivalenceKey),
            Diagnostic);
    }

    /// <summary>The target for adding members to the object the diagnostic is about.</summary>
    public InitializerTarget? FindTarget(string objectType)
        => InitializerTarget.Find(Located, objectType, Model, _context.CancellationToken);
}
