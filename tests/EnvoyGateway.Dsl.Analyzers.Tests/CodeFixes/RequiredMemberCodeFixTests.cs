using EnvoyGateway.Dsl.CodeFixes;
using EnvoyGateway.Dsl.CodeFixes.Schema;
using Verifier = EnvoyGateway.Dsl.Analyzers.Tests.CodeFixes.CodeFixVerifier<EnvoyGateway.Dsl.CodeFixes.Schema.RequiredMemberCodeFixProvider>;

namespace EnvoyGateway.Dsl.Analyzers.Tests.CodeFixes;

public sealed class RequiredMemberCodeFixTests
{
    /// <summary>
    /// Kinds without a hand-written walk (KindWalker) report EG1002 at the part that lacks the member; a required
    /// string gets the empty placeholder, which EG1003 then flags until the user fills it in.
    /// </summary>
    [Fact]
    public Task A_required_string_missing_in_a_gateway_api_kind_is_added_as_a_placeholder()
    {
        const string Gateway = """
            using EnvoyGateway.Dsl.GatewayApi;

            static class Gateways
            {
                static Gateway Create() => new("eg")
                {
                    Metadata = { Namespace = "shop" },
                    {|EG1002:Spec|} = { Listeners = { new() { Name = "http", Port = 80, Protocol = "HTTP" } } },
                };
            }
            """;
        const string Fixed = """
            using EnvoyGateway.Dsl.GatewayApi;

            static class Gateways
            {
                static Gateway Create() => new("eg")
                {
                    Metadata = { Namespace = "shop" },
                    Spec = { Listeners = { new() { Name = "http", Port = 80, Protocol = "HTTP" } }, GatewayClassName = "" },
                };
            }
            """;
        return new Verifier([Gateway], [Fixed], equivalenceKey: null, release: "1.9").RunAsync();
    }

    [Fact]
    public Task A_missing_target_ref_is_added_to_the_spec_initializer_with_a_name_to_fill_in()
        => Verifier.VerifyAsync(
            PolicySource.Returning("""
                {|EG1002:new BackendTrafficPolicy("api")|}
                {
                    Spec =
                    {
                        LoadBalancer = new() { Type = "RoundRobin" },
                    },
                }
                """),
            PolicySource.Returning("""
                new BackendTrafficPolicy("api")
                {
                    Spec =
                    {
                        LoadBalancer = new() { Type = "RoundRobin" },
                        TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "" },
                    },
                }
                """),
            EquivalenceKeys.AddRequiredMember);

    [Fact]
    public Task A_policy_without_spec_gets_a_spec_initializer_with_the_target_ref()
        => Verifier.VerifyAsync(
            PolicySource.Returning("""
                {|EG1002:new BackendTrafficPolicy("api")|}
                {
                    Metadata = { Namespace = "shop" },
                }
                """),
            PolicySource.Returning("""
                new BackendTrafficPolicy("api")
                {
                    Metadata = { Namespace = "shop" },
                    Spec = { TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "" } },
                }
                """),
            EquivalenceKeys.AddRequiredMember);

    [Fact]
    public Task A_missing_group_is_pre_filled()
        => Verifier.VerifyAsync(
            Target("""{|EG1002:new()|} { Kind = "HTTPRoute", Name = "api" }"""),
            Target("""new() { Kind = "HTTPRoute", Name = "api", Group = "gateway.networking.k8s.io" }"""),
            EquivalenceKeys.AddRequiredMember);

    [Theory]
    [InlineData(null, "Minute")]
    [InlineData("Second", "Second")]
    [InlineData("Hour", "Hour")]
    [InlineData("Day", "Day")]
    public Task A_missing_unit_offers_each_unit_minute_first(string? alternative, string unit)
        => Verifier.VerifyAsync(
            Limit("{|EG1002:new()|} { Requests = 10 }"),
            Limit("new() { Requests = 10, Unit = \"" + unit + "\" }"),
            alternative is null ? EquivalenceKeys.AddRequiredMember : EquivalenceKeys.AddRequiredMemberWith(alternative));

    [Fact]
    public Task A_load_balancer_with_a_consistent_hash_gets_type_ConsistentHash()
        => Verifier.VerifyAsync(
            Spec("""LoadBalancer = {|EG1002:new()|} { ConsistentHash = new() { Type = "SourceIP" } },"""),
            Spec("""LoadBalancer = new() { ConsistentHash = new() { Type = "SourceIP" }, Type = "ConsistentHash" },"""),
            EquivalenceKeys.AddRequiredMember);

    [Fact]
    public Task A_load_balancer_without_consistent_hash_gets_RoundRobin_first()
        => Verifier.VerifyAsync(
            Spec("LoadBalancer = {|EG1002:new()|} { },"),
            Spec("""LoadBalancer = new() { Type = "RoundRobin" },"""),
            EquivalenceKeys.AddRequiredMember);

    [Fact]
    public Task A_null_type_is_replaced_by_the_only_allowed_value()
        => Verifier.VerifyAsync(
            Spec("""RateLimit = new() { Type = {|EG1002:null|}, Global = new() { Rules = { new() { Limit = new() { Requests = 10, Unit = "Minute" } } } } },"""),
            Spec("""RateLimit = new() { Type = "Global", Global = new() { Rules = { new() { Limit = new() { Requests = 10, Unit = "Minute" } } } } },"""),
            EquivalenceKeys.AddRequiredMember);

    [Fact]
    public Task An_empty_rule_list_gets_one_rule()
        => Verifier.VerifyAsync(
            Spec("""RateLimit = new() { Type = "Global", Global = new() { {|EG1002:Rules|} = { } } },"""),
            Spec("""RateLimit = new() { Type = "Global", Global = new() { Rules = { new() { Limit = new() { Requests = 100, Unit = "Minute" } } } } },"""),
            EquivalenceKeys.AddRequiredMember);

    [Fact]
    public Task Fix_all_in_a_document_adds_each_missing_member()
        => Verifier.VerifyAsync(
            Spec("""
                RateLimit = new()
                {
                    Type = "Global",
                    Global = new()
                    {
                        Rules =
                        {
                            new()
                            {
                                ClientSelectors =
                                {
                                    new()
                                    {
                                        Headers = { {|EG1002:new()|} { Value = "v" } },
                                        SourceCIDR = {|EG1002:new()|} { Type = "Distinct" },
                                    },
                                },
                                Limit = {|EG1002:new()|} { Unit = "Second" },
                            },
                            {|EG1002:new()|},
                        },
                    },
                },
                """),
            Spec("""
                RateLimit = new()
                {
                    Type = "Global",
                    Global = new()
                    {
                        Rules =
                        {
                            new()
                            {
                                ClientSelectors =
                                {
                                    new()
                                    {
                                        Headers = { new() { Value = "v", Name = "" } },
                                        SourceCIDR = new() { Type = "Distinct", Value = "" },
                                    },
                                },
                                Limit = new() { Unit = "Second", Requests = 100 },
                            },
                            new() { Limit = new() { Requests = 100, Unit = "Minute" } },
                        },
                    },
                },
                """),
            EquivalenceKeys.AddRequiredMember);

    [Fact]
    public Task Fix_all_adds_several_members_to_one_initializer_over_two_iterations()
        => new CodeFixVerifier<RequiredMemberCodeFixProvider>(
            [Target("{|EG1002:{|EG1002:new()|}|} { Kind = \"Gateway\" }")],
            [Target("new() { Kind = \"Gateway\", Group = \"gateway.networking.k8s.io\", Name = \"\" }")],
            EquivalenceKeys.AddRequiredMember)
        {
            NumberOfFixAllIterations = 2,
            NumberOfFixAllInDocumentIterations = 2,
            NumberOfFixAllInProjectIterations = 2,
        }.RunAsync();

    /// <summary>A policy whose spec holds <paramref name="members"/> and, unless they set one, a valid TargetRef.</summary>
    private static string Spec(string members, string targetRef = "TargetRef = new() { Group = \"gateway.networking.k8s.io\", Kind = \"HTTPRoute\", Name = \"api\" },")
        => PolicySource.Returning($$"""
            new BackendTrafficPolicy("api")
            {
                Spec =
                {
                    {{targetRef}}
                    {{members.Replace("\n", "\n        ", StringComparison.Ordinal)}}
                },
            }
            """);

    private static string Target(string target) => Spec("TargetRef = " + target + ",", targetRef: "");

    private static string Limit(string limit)
        => Spec("RateLimit = new() { Type = \"Global\", Global = new() { Rules = { new() { Limit = " + limit + " } } } },");
}
