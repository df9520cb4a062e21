using EnvoyGateway.Dsl.Analyzers.Tests.Infrastructure;
using EnvoyGateway.Dsl.CodeFixes;
using EnvoyGateway.Dsl.CodeFixes.Cel;

namespace EnvoyGateway.Dsl.Analyzers.Tests.CodeFixes;

/// <summary>EG2100 with a CEL rule that ties a field to one discriminator value: the field is set, so the discriminator gets that value.</summary>
public sealed class CelDiscriminatorCodeFixTests
{
    [Fact]
    public Task A_written_type_is_replaced_by_the_one_the_set_field_requires()
        => new CodeFixVerifier<CelDiscriminatorCodeFixProvider>(
            Spec("""LoadBalancer = new() { Type = "ConsistentHash", ConsistentHash = {|EG2100:new()|} { Type = "SourceIP", Header = new() { Name = "x-user" } } },"""),
            Spec("""LoadBalancer = new() { Type = "ConsistentHash", ConsistentHash = new() { Type = "Header", Header = new() { Name = "x-user" } } },"""),
            EquivalenceKeys.SetCelDiscriminator,
            release: "1.9").RunAsync();

    private static string Spec(string members) => Policy.InClass($$"""
        public static BackendTrafficPolicy Api => new("api")
        {
            Metadata = { Namespace = "shop" },
            Spec =
            {
                TargetRefs = { new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "api" } },
                {{members}}
            },
        };
        """);
}
