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
        context.Options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue("build_property." + SuppressedCelRules.MSBuildProperty, out var suppressedText);
        var suppressed = SuppressedCelRules.Parse(suppressedText);
        context.RegisterOperationAction(operation => Walk(operation, types, suppressed, new LocatingSink(operation.ReportDiagnostic)), OperationKind.ObjectCreation);
    }

    /// <summary>Walks the outermost DSL creation of <paramref name="context"/>'s operation into <paramref name="sink"/>.</summary>
    private static void Walk(OperationAnalysisContext context, DslTypes types, SuppressedCelRules suppressed, LocatingSink sink)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        WalkParts(creation, context, types, sink);
        if (types.Kinds.Of(creation.Type) is { SchemaType: >= 0, SchemaKind: { } schemaKind } celKind)
        {
            var root = ConstantObject.FromCreation(creation, DslOperations.IsComplete(creation, types));
            EditCelWalk.Check(root, celKind.SchemaType, schemaKind.Kind, sink.Release, suppressed, context.ReportDiagnostic);
        }
    }

    private static void WalkParts(IObjectCreationOperation creation, OperationAnalysisContext context, DslTypes types, LocatingSink sink)
    {
        sink.Release = SelectedRelease.Of(context.Options);
        if (types.PartOf(creation.Type) is { } part)
        {
            if (!DslOperations.IsWalkedByEnclosingPart(creation, types))
            {
                PolicyWalker.WalkRoot(InitializedObject.FromCreation(creation, part, DslOperations.IsComplete(creation, types), types), sink);
            }
        }
        else if (types.Kinds.Of(creation.Type) is { } kind)
        {
            KindWalker.Walk(creation, kind, DslOperations.IsComplete(creation, types), types, sink);
        }
    }
}
