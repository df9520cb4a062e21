using EnvoyGateway.Dsl.Analyzers.Tests.Infrastructure;
using EnvoyGateway.Dsl.Analyzers.Walking;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace EnvoyGateway.Dsl.Analyzers.Tests;

/// <summary>
/// An initializer read by property name (<see cref="ConstantObject"/>), which the schema walk, the CEL rules and the
/// set rules each read: a nested object and a list are read once per member and then handed out again.
/// </summary>
public sealed class ConstantObjectTests
{
    private static ConstantObject Policy(bool complete) => ConstantObject.FromCreation(Creation("""
        using EnvoyGateway.Dsl;
        using EnvoyGateway.Dsl.Gateway.V1Alpha1;
        public static class Policies
        {
            public static BackendTrafficPolicy Policy => new("api")
            {
                Spec =
                {
                    TargetRefs = { new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "api" } },
                    LoadBalancer = new() { Type = LoadBalancerType.Random },
                },
            };
        }
        """), complete);

    [Fact]
    public void Nested_objects_and_lists_are_read_once_per_member()
    {
        var policy = Policy(complete: true);
        var spec = policy.Child("Spec");
        var loadBalancer = spec.Value.Child("LoadBalancer");
        var (targets, exhaustive) = spec.Value.Items("TargetRefs");

        Assert.Same(spec.Value, policy.Child("Spec").Value);
        Assert.Same(loadBalancer.Value, spec.Value.Child("LoadBalancer").Value);
        Assert.Same(targets, spec.Value.Items("TargetRefs").Items);
        Assert.True(exhaustive);
        Assert.Equal("api", Assert.Single(targets).Value.Text("Name").Value);
        Assert.Equal("Random", loadBalancer.Value.ScalarText("Type").Value);
    }

    [Fact]
    public void Members_not_set_read_as_absent_when_complete_and_unknown_when_not()
    {
        Assert.True(Policy(complete: true).Child("Spec").Value.Child("Timeout").IsAbsent);
        Assert.True(Policy(complete: false).Child("Spec").Value.Child("Timeout").IsUnknown);
        Assert.True(Policy(complete: false).Child("Spec").Value.Child("LoadBalancer").IsKnown);

        // Metadata, created by the policy's constructor, is there (and empty) without being set.
        Assert.True(Policy(complete: true).Child("Metadata").IsKnown);
    }

    private static IObjectCreationOperation Creation(string source)
    {
        var compilation = AnalyzerRunner.Compile(source);
        var tree = compilation.SyntaxTrees.Single();
        var syntax = tree.GetRoot().DescendantNodes().OfType<BaseObjectCreationExpressionSyntax>().First();
        return (IObjectCreationOperation)compilation.GetSemanticModel(tree).GetOperation(syntax)!;
    }
}
