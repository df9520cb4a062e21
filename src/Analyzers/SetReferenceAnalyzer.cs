using System.Collections.Immutable;
using EnvoyGateway.Dsl.Analyzers.Sets;
using EnvoyGateway.Dsl.Analyzers.Walking;
using EnvoyGateway.Dsl.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace EnvoyGateway.Dsl.Analyzers;

/// <summary>
/// The reference rules (EG4003–EG4009) while you type: each policy and route is checked, in its own file, against
/// the objects the whole compilation declares (<see cref="DeclaredObjects"/>, built once per compilation), through
/// the same <see cref="SetReferenceChecks"/> and <see cref="SetSelectorChecks"/> as the build. An operation action
/// rather than a compilation-end one: editors show compilation-end diagnostics only with full-solution analysis.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SetReferenceAnalyzer : DslAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = Descriptors.ReferenceRules;

    private protected override void Register(CompilationStartAnalysisContext context, DslTypes types)
    {
        var compilation = context.Compilation;
        var declared = new PerCompilation<DeclaredObjects>(cancellationToken => DeclaredObjects.Build(compilation, types, cancellationToken));
        context.RegisterOperationAction(operation => Analyze(operation, types, declared), OperationKind.ObjectCreation);
    }

    private static void Analyze(OperationAnalysisContext context, DslTypes types, PerCompilation<DeclaredObjects> declared)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (types.Kinds.Of(creation.Type) is not { } kind || !(SetKinds.Policies.Contains(kind.Kind) || SetKinds.Routes.Contains(kind.Kind)))
        {
            return;
        }

        // A project that declares no Gateways, routes or Backends (policies only) has nothing to resolve against.
        var objects = declared.Get(context.CancellationToken);
        if (objects.Index.IsEmpty)
        {
            return;
        }

        var subject = ConstantSetObjects.Read(creation, kind.Group, kind.Kind, DslOperations.IsComplete(creation, types), index: 0, out _, out _);
        if (subject is null || (subject.References.Count == 0 && subject.Selectors.Count == 0))
        {
            return;
        }

        Check(context, creation, kind, objects, subject);
    }

    // Apart from Analyze, which sees every object creation: the closure of Report is allocated on entry to the method that holds it.
    private static void Check(OperationAnalysisContext context, IObjectCreationOperation creation, KindType kind, DeclaredObjects objects, SetObject subject)
    {
        void Report(SetFinding finding)
        {
            if (finding.Rule == RuleCatalog.EG4009 && !objects.GrantsKnownIn((string)finding.Args[3]!))
            {
                return;
            }

            var property = finding.Field is { Length: > 0 } field ? SetDiagnostics.PropertyOf(field) : null;
            var location = (finding.Origin as ConstantObject)?.LocationOf(property) ?? DslOperations.CreationLocation(creation);
            context.ReportDiagnostic(SetDiagnostics.Create(finding, location, property, kind.Kind));
        }

        SetReferenceChecks.Check(subject, objects.Index, Report);
        SetSelectorChecks.Check(subject, objects.Index, Report);
    }
}
