using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace EnvoyGateway.Dsl.CodeFixes.Editing;

/// <summary>
/// Roslyn's batch fixer, except that a Fix All without an equivalence key applies each diagnostic's preferred
/// action. <c>dotnet format analyzers</c> takes the key from the first action registered for the first
/// diagnostic its concurrent analysis returned, which may be of another rule of the same analyzer (with
/// <c>--diagnostics EG1001 EG3001</c>) or one no action can fix; the key is then null, the batch fixer finds
/// no action with a null key and dotnet format reports "didn't return a Fix All action" — one run in three.
/// </summary>
internal sealed class PreferredFixAllProvider : FixAllProvider
{
    public static readonly PreferredFixAllProvider Instance = new();

    private static readonly FixAllProvider Batch = WellKnownFixAllProviders.BatchFixer;

    private PreferredFixAllProvider()
    {
    }

    public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() => Batch.GetSupportedFixAllScopes();

    public override Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
        => Batch.GetFixAsync(WithPreferredKey(fixAllContext));

    private static FixAllContext WithPreferredKey(FixAllContext context)
    {
        // The containing-member scopes need the diagnostic's span, which a new context cannot be given back;
        // the IDE, the only host of those scopes, always passes the key of the chosen action.
        if (context.CodeActionEquivalenceKey is not null
            || context.CodeFixProvider is not DslCodeFixProvider provider
            || context.Scope is not (FixAllScope.Document or FixAllScope.Project or FixAllScope.Solution))
        {
            return context;
        }

        var diagnostics = new ForwardingDiagnosticProvider(context);
        return context.Document is { } document
            ? new FixAllContext(document, provider, context.Scope, provider.PreferredEquivalenceKey, context.DiagnosticIds, diagnostics, context.CancellationToken)
            : new FixAllContext(context.Project, provider, context.Scope, provider.PreferredEquivalenceKey, context.DiagnosticIds, diagnostics, context.CancellationToken);
    }

    /// <summary>The diagnostics of the original context (already limited to its diagnostic IDs).</summary>
    private sealed class ForwardingDiagnosticProvider(FixAllContext original) : FixAllContext.DiagnosticProvider
    {
        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
            => await original.WithCancellationToken(cancellationToken).GetDocumentDiagnosticsAsync(document).ConfigureAwait(false);

        public override async Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => await original.WithCancellationToken(cancellationToken).GetProjectDiagnosticsAsync(project).ConfigureAwait(false);

        public override async Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => await original.WithCancellationToken(cancellationToken).GetAllDiagnosticsAsync(project).ConfigureAwait(false);
    }
}
