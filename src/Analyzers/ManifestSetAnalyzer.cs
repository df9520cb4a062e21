using System.Collections.Immutable;
using EnvoyGateway.Dsl.Analyzers.Sets;
using EnvoyGateway.Dsl.Analyzers.Walking;
using EnvoyGateway.Dsl.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace EnvoyGateway.Dsl.Analyzers;

/// <summary>
/// The whole-set rules of one ManifestSet initializer or collection expression, where set order is known: two
/// policies on one target (EG4001, EG4010), one identity twice (EG4002), a Gateway-level policy overridden by a
/// route-level one (EG4011), for every kind, through the shared <see cref="SetChecks"/>. The reference rules of
/// the same run are <see cref="SetReferenceAnalyzer"/>'s, which checks them against the whole compilation.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ManifestSetAnalyzer : DslAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = Descriptors.SetRules;

    private protected override void Register(CompilationStartAnalysisContext context, DslTypes types)
    {
        context.RegisterOperationAction(operation => AnalyzeCreation(operation, types), OperationKind.ObjectCreation);
        context.RegisterOperationAction(operation => AnalyzeCollectionExpression(operation, types), OperationKind.CollectionExpression);
    }

    private static void AnalyzeCreation(OperationAnalysisContext context, DslTypes types)
    {
        // With constructor arguments the set holds resources not in view, before the initializer's.
        if (context.Operation is IObjectCreationOperation { Arguments.Length: 0, Initializer: { } initializer } creation && types.IsManifestSet(creation.Type))
        {
            var elements = new List<IOperation>(initializer.Initializers.Length);
            foreach (var item in initializer.Initializers)
            {
                if (item is not IInvocationOperation { IsImplicit: true, Arguments.Length: 1 } add)
                {
                    break;
                }

                elements.Add(add.Arguments[0].Value);
            }

            Check(context, elements, types.Kinds);
        }
    }

    private static void AnalyzeCollectionExpression(OperationAnalysisContext context, DslTypes types)
    {
        var collection = (ICollectionExpressionOperation)context.Operation;
        if (types.IsManifestSet(collection.Type))
        {
            Check(context, DslOperations.ElementsBeforeSpread(collection).ToList(), types.Kinds);
        }
    }

    /// <summary>
    /// A finding is about a later object and depends only on the earlier ones, so the rules run over the objects up
    /// to the first one that may be a policy not in view (identity or targets not constants): what follows cannot
    /// change those findings. An element declared elsewhere whose type is a kind that is not a policy (a route, a
    /// Gateway: <c>Routes.Api</c>) cannot conflict with a policy and is passed over; its position still counts.
    /// </summary>
    private static void Check(OperationAnalysisContext context, List<IOperation> elements, KindTypes kinds)
    {
        var objects = new List<SetObject>(elements.Count);
        var creations = new Dictionary<int, IObjectCreationOperation>(elements.Count);
        for (var position = 0; position < elements.Count; position++)
        {
            var element = DslOperations.SkipConversions(elements[position]);
            if (element is not IObjectCreationOperation creation)
            {
                if (kinds.Of(element.Type) is { } declaredElsewhere && !SetKinds.Policies.Contains(declaredElsewhere.Kind))
                {
                    continue;
                }

                break;
            }

            if (kinds.Of(creation.Type) is not { } kind
                || ConstantSetObjects.Read(creation, kind.Group, kind.Kind, complete: true, position, out var uncertainty, out _) is not { } item
                || uncertainty != Uncertainty.None)
            {
                break;
            }

            objects.Add(item);
            creations.Add(position, creation);
        }

        if (objects.Count < 2)
        {
            return;
        }

        SetChecks.Check(objects, finding =>
        {
            if (!Descriptors.SetRules.Contains(Descriptors.For(finding.Rule)))
            {
                return;
            }

            var property = finding.Rule == RuleCatalog.EG4002 ? "Name" : SetDiagnostics.PropertyOf(finding.Path);
            context.ReportDiagnostic(SetDiagnostics.Create(finding, DslOperations.CreationLocation(creations[finding.Subject.Index]), property, finding.Subject.Kind));
        });
    }
}
