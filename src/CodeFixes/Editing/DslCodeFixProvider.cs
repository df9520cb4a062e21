using System.Collections.Immutable;
using EnvoyGateway.Dsl.Rules;
using Microsoft.CodeAnalysis.CodeFixes;

namespace EnvoyGateway.Dsl.CodeFixes.Editing;

/// <summary>
/// Base of the code fixes of one catalog rule: the rule's ID, Fix All through <see cref="PreferredFixAllProvider"/>
/// (so the IDE's "Fix all" and <c>dotnet format analyzers</c> work), and one <see cref="FixRequest"/> per
/// diagnostic of that rule.
/// </summary>
internal abstract class DslCodeFixProvider : CodeFixProvider
{
    private readonly ImmutableArray<string> _fixableIds;

    /// <param name="rule">The rule this provider fixes.</param>
    /// <param name="preferredEquivalenceKey">
    /// The key of the first action registered for every diagnostic of the rule, whatever its value or shape,
    /// so that one Fix All applies the preferred fix to every occurrence (see <see cref="EquivalenceKeys"/>).
    /// </param>
    private protected DslCodeFixProvider(RuleDescriptor rule, string preferredEquivalenceKey)
    {
        _fixableIds = ImmutableArray.Create(rule.Id);
        PreferredEquivalenceKey = preferredEquivalenceKey;
    }

    public sealed override ImmutableArray<string> FixableDiagnosticIds => _fixableIds;

    /// <summary>The equivalence key of the preferred (first) action of every diagnostic this provider fixes.</summary>
    public string PreferredEquivalenceKey { get; }

    public sealed override FixAllProvider GetFixAllProvider() => PreferredFixAllProvider.Instance;

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
            // dotnet format asks for the actions of the first diagnostic it found, which may belong to another
            // rule of the same analyzer; reading that rule's properties as ours would offer a wrong edit.
            if (diagnostic.Id != _fixableIds[0])
            {
                continue;
            }

            var located = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            RegisterFixes(new FixRequest(context, diagnostic, located, model));
        }
    }

    /// <summary>
    /// Registers this rule's fixes for one diagnostic. The first is the preferred one and carries
    /// <see cref="PreferredEquivalenceKey"/> (dotnet format applies it); alternatives carry their own keys.
    /// </summary>
    private protected abstract void RegisterFixes(FixRequest request);
}
