using System.Collections.Immutable;
using EnvoyGateway.Dsl.Analyzers.Walking;
using EnvoyGateway.Dsl.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace EnvoyGateway.Dsl.Analyzers;

/// <summary>
/// The whole-set rules (EG4001 same target, EG4002 same identity) over the policies of one ManifestSet
/// initializer or collection expression, through the shared <see cref="SetChecks"/>.
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

            Check(context, elements, types);
        }
    }

    private static void AnalyzeCollectionExpression(OperationAnalysisContext context, DslTypes types)
    {
        var collection = (ICollectionExpressionOperation)context.Operation;
        if (types.IsManifestSet(collection.Type))
        {
            Check(context, DslOperations.ElementsBeforeSpread(collection).ToList(), types);
        }
    }

    /// <summary>
    /// A finding is about a later policy and depends only on the earlier ones, so the set rules run over the
    /// policies up to the first one that is not all constants: what follows cannot change those findings.
    /// </summary>
    private static void Check(OperationAnalysisContext context, List<IOperation> elements, DslTypes types)
    {
        var entries = new List<SetEntry>(elements.Count);
        var creations = new List<IObjectCreationOperation>(elements.Count);
        foreach (var element in elements)
        {
            if (DslOperations.SkipConversions(element) is not IObjectCreationOperation creation || types.PartOf(creation.Type) != DslPart.BackendTrafficPolicy)
            {
                break;
            }

            var policy = InitializedObject.FromCreation(creation, DslPart.BackendTrafficPolicy, complete: true, types);
            if (PolicyParts.SetEntry(policy, entries.Count) is not { } entry)
            {
                break;
            }

            entries.Add(entry);
            creations.Add(creation);
        }

        if (entries.Count < 2)
        {
            return;
        }

        SetChecks.Check(entries, (rule, entry, path, args) =>
        {
            var properties = ImmutableDictionary.CreateRange(StringComparer.Ordinal, new[]
            {
                new KeyValuePair<string, string?>(DiagnosticProperties.Field, path),
                new KeyValuePair<string, string?>(DiagnosticProperties.Property, rule == RuleCatalog.EG4002 ? "Name" : "TargetRef"),
                new KeyValuePair<string, string?>(DiagnosticProperties.ObjectType, nameof(DslPart.BackendTrafficPolicy)),
            });
            context.ReportDiagnostic(DiagnosticFactory.Create(rule, DslOperations.CreationLocation(creations[entry.Index]), properties, path, args));
        });
    }
}
