using EnvoyGateway.Dsl.Analyzers.Tests.Infrastructure;
using EnvoyGateway.Dsl.Analyzers.Walking;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace EnvoyGateway.Dsl.Analyzers.Tests;

/// <summary>The per-compilation table of kind types, which every analyzer asks for every object creation.</summary>
public sealed class KindTypesTests
{
    [Fact]
    public void Creations_in_a_nullable_context_read_each_type_once()
    {
        // The test compilations are nullable-enabled, as the SDK's templates are: each creation's type is then
        // an annotated wrapper of its own, which a cache keyed by reference never found before.
        var compilation = AnalyzerRunner.Compile("""
            using EnvoyGateway.Dsl;
            using EnvoyGateway.Dsl.Gateway.V1Alpha1;
            public static class Policies
            {
                public static ManifestSet Set => [
                    new BackendTrafficPolicy("a") { Spec = { LoadBalancer = new() { Type = LoadBalancerType.Random } } },
                    new BackendTrafficPolicy("b") { Spec = { LoadBalancer = new() { Type = LoadBalancerType.Random } } },
                    new BackendTrafficPolicy("c") { Spec = { LoadBalancer = new() { Type = LoadBalancerType.Random } } },
                    new SecurityPolicy("d"),
                ];
            }
            """);
        var kinds = DslTypes.Of(compilation)!.Kinds;
        var tree = compilation.SyntaxTrees.Single();
        var model = compilation.GetSemanticModel(tree);
        var creations = tree.GetRoot().DescendantNodes().OfType<BaseObjectCreationExpressionSyntax>()
            .Select(syntax => (IObjectCreationOperation)model.GetOperation(syntax)!).ToList();

        var found = creations.Select(creation => kinds.Of(creation.Type)).ToList();

        Assert.Equal(7, creations.Count);
        Assert.Equal(NullableAnnotation.NotAnnotated, creations[0].Type!.NullableAnnotation);
        Assert.NotSame(creations[0].Type, creations[2].Type);
        Assert.Equal(["BackendTrafficPolicy", null, "BackendTrafficPolicy", null, "BackendTrafficPolicy", null, "SecurityPolicy"], found.Select(kind => kind?.Kind));
        Assert.Same(found[0], found[2]);
        Assert.Equal(3, kinds.Count); // BackendTrafficPolicy, LoadBalancer, SecurityPolicy
    }
}
