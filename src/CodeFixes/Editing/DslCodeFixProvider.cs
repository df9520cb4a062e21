using System.Collections.Immutable;
using System.Threading.Tasks;
using EnvoyGateway.Dsl.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace EnvoyGateway.Dsl.CodeFixes.Editing;

/// <summary>
/// Base of the code fixes of one catalog rule: the rule's ID, Fix All through the batch fixer (so the IDE's
/// "Fix all" and <c>dotnet format analyzers</c> work), and one <see cref="FixRequest"/> per diagnostic.
/// </summary>
internal abstract class DslCodeFixProvider : CodeFixProvider
{
    private readonly ImmutableArray<string> _fixableIds;

    private protected DslCodeFixProvider(RuleDescriptor rule)
    {
        _fixableIds = ImmutableArray.Create(rule.Id);
    }

    public sealed override ImmutableArray<string> FixableDiagnosticIds => _fixableIds;

    public sealed override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            var located = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            RegisterFixes(new FixRequest(context, diagnostic, located, model));
        }
    }

    /// <summary>Registers this rule's fixes for one diagnostic; the first is the preferred one (dotnet format applies it).</summary>
    private protected abstract void RegisterFixes(FixRequest request);
}
