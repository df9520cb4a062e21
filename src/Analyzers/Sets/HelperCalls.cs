using EnvoyGateway.Dsl.Analyzers.Walking;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace EnvoyGateway.Dsl.Analyzers.Sets;

/// <summary>
/// The objects a helper declares (<c>static HTTPRoute Route(string name, string ns) => new(name) { Metadata = { Namespace = ns } }</c>):
/// one identity per call with constant arguments. A helper that is used other than by calls in view (a method
/// group, a call with a computed argument) declares objects the analyzer cannot know, so its kind stays open.
/// </summary>
internal sealed class HelperCalls
{
    private readonly Compilation _compilation;
    private readonly Dictionary<IMethodSymbol, List<IInvocationOperation>?> _calls = new(SymbolEqualityComparer.Default);

    public HelperCalls(Compilation compilation) => _compilation = compilation;

    /// <summary>The (namespace, name) of every object the creation makes through its helper's calls, or null when any is not known.</summary>
    public List<(string Namespace, string Name)>? Identities(IObjectCreationOperation creation, ConstantObject root, CancellationToken cancellationToken)
    {
        var name = ArgumentNamed(creation, "name");
        var metadata = root.Child("Metadata");
        if (name is null || !metadata.IsKnown)
        {
            return null;
        }

        var namespaceMember = metadata.Value.Member("Namespace");
        var @namespace = namespaceMember?.Value;
        if (namespaceMember is not null && @namespace is null)
        {
            return null;
        }

        var helper = HelperOf(name) ?? (@namespace is null ? null : HelperOf(@namespace));
        if (helper is null || (@namespace is null && !root.Complete) || CallsOf(helper, cancellationToken) is not { } calls)
        {
            return null;
        }

        var identities = new List<(string, string)>(calls.Count);
        foreach (var call in calls)
        {
            if (ValueAt(call, helper, name) is not { } objectName)
            {
                return null;
            }

            var objectNamespace = @namespace is null ? "" : ValueAt(call, helper, @namespace);
            if (objectNamespace is null)
            {
                return null;
            }

            identities.Add((objectNamespace, objectName));
        }

        return identities;
    }

    private static IOperation? ArgumentNamed(IObjectCreationOperation creation, string parameter)
    {
        foreach (var argument in creation.Arguments)
        {
            if (argument.Parameter?.Name == parameter && argument.ArgumentKind == ArgumentKind.Explicit)
            {
                return argument.Value;
            }
        }

        return null;
    }

    private static IMethodSymbol? HelperOf(IOperation value)
        => DslOperations.SkipConversions(value) is IParameterReferenceOperation { Parameter.ContainingSymbol: IMethodSymbol method } ? method : null;

    /// <summary>The constant <paramref name="value"/> has at <paramref name="call"/>: a constant, or the call's constant argument for a parameter of <paramref name="helper"/>.</summary>
    private static string? ValueAt(IInvocationOperation call, IMethodSymbol helper, IOperation value)
    {
        if (Constants.String(value) is { IsKnown: true } constant)
        {
            return constant.Value;
        }

        if (DslOperations.SkipConversions(value) is not IParameterReferenceOperation parameter
            || !SymbolEqualityComparer.Default.Equals(parameter.Parameter.ContainingSymbol, helper))
        {
            return null;
        }

        foreach (var argument in call.Arguments)
        {
            if (argument.Parameter?.Ordinal == parameter.Parameter.Ordinal)
            {
                return Constants.String(argument.Value) is { IsKnown: true } passed ? passed.Value : null;
            }
        }

        return null;
    }

    /// <summary>Every call of <paramref name="helper"/> in the compilation; null when its name is used otherwise (a method group, nameof …).</summary>
    private List<IInvocationOperation>? CallsOf(IMethodSymbol helper, CancellationToken cancellationToken)
    {
        helper = helper.OriginalDefinition;
        if (_calls.TryGetValue(helper, out var known))
        {
            return known;
        }

        var calls = new List<IInvocationOperation>();
        foreach (var tree in _compilation.SyntaxTrees)
        {
            SemanticModel? model = null;
            foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes())
            {
                if (node is not SimpleNameSyntax simple || simple.Identifier.ValueText != helper.Name)
                {
                    continue;
                }

                var invocation = node.Parent switch
                {
                    InvocationExpressionSyntax direct when direct.Expression == node => direct,
                    MemberAccessExpressionSyntax access when access.Name == node && access.Parent is InvocationExpressionSyntax viaMember && viaMember.Expression == access => viaMember,
                    _ => null,
                };

                // The index spans every file, which only the compilation's semantic models can see.
#pragma warning disable RS1030 // Do not invoke Compilation.GetSemanticModel() method within a diagnostic analyzer
                model ??= _compilation.GetSemanticModel(tree);
#pragma warning restore RS1030
                if (invocation is null)
                {
                    // Another use of a symbol of that name: the helper's if it binds to it, and then not every object is in view.
                    if (SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(node, cancellationToken).Symbol?.OriginalDefinition, helper))
                    {
                        _calls[helper] = null;
                        return null;
                    }

                    continue;
                }

                if (model.GetOperation(invocation, cancellationToken) is IInvocationOperation call
                    && SymbolEqualityComparer.Default.Equals(call.TargetMethod.OriginalDefinition, helper))
                {
                    calls.Add(call);
                }
            }
        }

        _calls[helper] = calls;
        return calls;
    }
}
