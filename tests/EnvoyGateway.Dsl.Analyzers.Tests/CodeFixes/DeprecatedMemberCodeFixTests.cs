using EnvoyGateway.Dsl.Analyzers.Tests.Infrastructure;
using EnvoyGateway.Dsl.CodeFixes;
using EnvoyGateway.Dsl.CodeFixes.Releases;

namespace EnvoyGateway.Dsl.Analyzers.Tests.CodeFixes;

/// <summary>EG1007: the deprecated member's value moves to its replacement.</summary>
public sealed class DeprecatedMemberCodeFixTests
{
    [Fact]
    public Task TargetRef_becomes_the_one_item_of_TargetRefs()
        => new CodeFixVerifier<DeprecatedMemberCodeFixProvider>(
            Spec("""{|EG1007:TargetRef|} = new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "api", SectionName = "http" },"""),
            Spec("""TargetRefs = { new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "api", SectionName = "http" } },"""),
            EquivalenceKeys.MigrateDeprecatedMember,
            release: "1.9").RunAsync();

    [Fact]
    public Task An_explicitly_typed_TargetRef_drops_the_namespace_the_item_type_lacks()
        => new CodeFixVerifier<DeprecatedMemberCodeFixProvider>(
            Spec("""{|EG1007:TargetRef|} = new PolicyTargetReference { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "api", Namespace = "shop" },"""),
            Spec("""TargetRefs = { new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "api" } },"""),
            EquivalenceKeys.MigrateDeprecatedMember,
            release: "1.9").RunAsync();

    [Fact]
    public Task Compression_is_renamed_to_Compressor()
        => new CodeFixVerifier<DeprecatedMemberCodeFixProvider>(
            Spec("""
                TargetRefs = { new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "api" } },
                {|EG1007:Compression|} = { new() { Type = "Gzip" } },
                """),
            Spec("""
                TargetRefs = { new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "api" } },
                Compressor = { new() { Type = "Gzip" } },
                """),
            EquivalenceKeys.MigrateDeprecatedMember,
            release: "1.9").RunAsync();

    private static string Spec(string members) => Policy.InClass($$"""
        public static BackendTrafficPolicy Api => new("api")
        {
            Metadata = { Namespace = "shop" },
            Spec =
            {
                {{members}}
            },
        };
        """);
}
