using EnvoyGateway.Dsl.CodeFixes;
using EnvoyGateway.Dsl.CodeFixes.Cel;
using EnvoyGateway.Dsl.CodeFixes.Controller;
using EnvoyGateway.Dsl.CodeFixes.Metadata;
using EnvoyGateway.Dsl.CodeFixes.Schema;

namespace EnvoyGateway.Dsl.Analyzers.Tests.CodeFixes;

/// <summary>The fixes that remove a member or an element: EG1005, EG2004, EG3005, EG5005.</summary>
public sealed class RemovalCodeFixTests
{
    [Fact]
    public Task EG2004_removes_the_section_name_with_its_comma()
        => CodeFixVerifier<SectionNameCodeFixProvider>.VerifyAsync(
            Target("""Group = "gateway.networking.k8s.io", Kind = "Gateway", SectionName = {|EG2004:"http"|}, Name = "edge" """),
            Target("""Group = "gateway.networking.k8s.io", Kind = "Gateway", Name = "edge" """),
            EquivalenceKeys.RemoveSectionName);

    [Fact]
    public Task EG2004_removes_the_line_of_a_multi_line_initializer()
        => CodeFixVerifier<SectionNameCodeFixProvider>.VerifyAsync(
            MultiLineTarget("""
                Group = "gateway.networking.k8s.io",
                Kind = "Gateway",
                Name = "edge",
                SectionName = {|EG2004:"http"|},
                """),
            MultiLineTarget("""
                Group = "gateway.networking.k8s.io",
                Kind = "Gateway",
                Name = "edge",
                """),
            EquivalenceKeys.RemoveSectionName);

    [Fact]
    public Task EG3005_removes_the_target_namespace_in_every_document()
        => new CodeFixVerifier<TargetNamespaceCodeFixProvider>(
            [
                Target("""Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "api", Namespace = {|EG3005:"billing"|} """),
                Target("""Namespace = {|EG3005:"other"|}, Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "api" """, "OtherPolicies"),
            ],
            [
                Target("""Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "api" """),
                Target("""Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "api" """, "OtherPolicies"),
            ],
            EquivalenceKeys.RemoveTargetNamespace).RunAsync();

    [Fact]
    public Task EG5005_removes_each_server_populated_field()
        => CodeFixVerifier<ServerPopulatedFieldCodeFixProvider>.VerifyAsync(
            Metadata("""
                Namespace = "shop",
                Uid = {|EG5005:"6f1c"|},
                ResourceVersion = {|EG5005:"42"|},
                Labels = { ["team"] = "edge" },
                """),
            Metadata("""
                Namespace = "shop",
                Labels = { ["team"] = "edge" },
                """),
            EquivalenceKeys.RemoveServerPopulatedField);

    [Fact]
    public Task EG1005_removes_the_duplicate_header()
        => CodeFixVerifier<DuplicateHeaderCodeFixProvider>.VerifyAsync(
            PolicySource.WithSpec(PolicySource.Selector("""Headers = { new() { Name = "x-user", Type = "Distinct" }, {|EG1005:new() { Name = "x-user", Value = "a" }|} }""")),
            PolicySource.WithSpec(PolicySource.Selector("""Headers = { new() { Name = "x-user", Type = "Distinct" } }""")),
            EquivalenceKeys.RemoveDuplicateHeader);

    [Fact]
    public Task EG1005_fix_all_removes_every_duplicate()
        => CodeFixVerifier<DuplicateHeaderCodeFixProvider>.VerifyAsync(
            PolicySource.WithSpec(PolicySource.Selector("""
                Headers =
                {
                    new() { Name = "x-user", Type = "Distinct" },
                    new() { Name = "x-org", Type = "Distinct" },
                    {|EG1005:new() { Name = "x-user", Type = "Distinct" }|},
                    {|EG1005:new() { Name = "x-org", Value = "a" }|},
                }
                """)),
            PolicySource.WithSpec(PolicySource.Selector("""
                Headers =
                {
                    new() { Name = "x-user", Type = "Distinct" },
                    new() { Name = "x-org", Type = "Distinct" },
                }
                """)),
            EquivalenceKeys.RemoveDuplicateHeader);

    private static string Target(string members, string className = "Policies") => PolicySource.Returning($$"""
        new BackendTrafficPolicy("api")
        {
            Metadata = { Namespace = "shop" },
            Spec = { TargetRef = new() { {{members}} } },
        }
        """, className);

    private static string MultiLineTarget(string members) => PolicySource.Returning($$"""
        new BackendTrafficPolicy("api")
        {
            Metadata = { Namespace = "shop" },
            Spec =
            {
                TargetRef = new()
                {
                    {{members.Replace("\n", "\n            ", StringComparison.Ordinal)}}
                },
            },
        }
        """);

    private static string Metadata(string members) => PolicySource.Returning($$"""
        new BackendTrafficPolicy("api")
        {
            Metadata =
            {
                {{members.Replace("\n", "\n        ", StringComparison.Ordinal)}}
            },
            Spec = { {{PolicySource.ValidTarget}} },
        }
        """);
}
