using System.Collections.Immutable;
using EnvoyGateway.Dsl.Analyzers.Cel;
using EnvoyGateway.Dsl.Analyzers.Walking;
using EnvoyGateway.Dsl.Cel;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace EnvoyGateway.Dsl.Analyzers;

/// <summary>
/// The single-resource rules (schema, CEL, controller, metadata) on the constants of a policy's initializers,
/// or of a part built on its own. Analyses only the outermost DSL creation: the walk covers the parts nested in it.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ResourceAnalyzer : DslAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = Descriptors.All.RemoveRange(Descriptors.SetRules).RemoveRange(Descriptors.ReferenceRules).Remove(Descriptors.EG1007);

    private protected override void Register(CompilationStartAnalysisContext context, DslTypes types)
    {
        // Both are global options: read once per compilation, not per creation.
        var release = SelectedRelease.Of(context.Options);
        context.Options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue("build_property." + SuppressedCelRules.MSBuildProperty, out var suppressedText);
        var suppressed = SuppressedCelRules.Parse(suppressedText);
        context.RegisterOperationAction(operation => Walk(operation, types, release, suppressed), OperationKind.ObjectCreation);
    }

    /// <summary>
    /// Walks the outermost DSL creation of <paramref name="context"/>'s operation: a v0.6 policy part by its hand-written walk,
    /// any other kind by the generated schema; then a kind's CEL rules, on the same reading of its initializer.
    /// </summary>
    private static void Walk(OperationAnalysisContext context, DslTypes types, int release, SuppressedCelRules suppressed)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        var part = types.PartOf(creation.Type);
        var kind = types.Kinds.Of(creation.Type);
        if ((part is null && kind is null) || (part is not null && DslOperations.IsWalkedByEnclosingPart(creation, types)))
        {
            return;
        }

        var report = Reporter(context);
        var sink = new LocatingSink(report) { Release = release };
        var complete = DslOperations.IsComplete(creation, types);
        var root = kind is null ? null : ConstantObject.FromCreation(creation, complete);
        if (part is not null)
        {
            PolicyWalker.WalkRoot(InitializedObject.FromCreation(creation, part.Value, complete, types), sink);
        }
        else
        {
            KindWalker.Walk(creation, root!, kind!, complete, types, sink);
        }

        if (kind is { SchemaType: >= 0, SchemaKind: { } schemaKind })
        {
            EditCelWalk.Check(root!, kind.SchemaType, schemaKind.Kind, release, suppressed, report);
        }
    }

    // Not the method group context.ReportDiagnostic: a delegate to a struct's method boxes the context and is bound on
    // the runtime's slow path; in the compiler's profile of the 2,000-policy build that binding and the collections its
    // boxes triggered were a quarter of this walk's time (docs/performance.md). A lambda's closure, created here rather
    // than in Walk, which sees every object creation and returns early for most.
    private static Action<Diagnostic> Reporter(OperationAnalysisContext context) => diagnostic => context.ReportDiagnostic(diagnostic);
}
