using EnvoyGateway.Dsl.CodeFixes;
using EnvoyGateway.Dsl.CodeFixes.Cel;
using EnvoyGateway.Dsl.CodeFixes.Controller;

namespace EnvoyGateway.Dsl.Analyzers.Tests.CodeFixes;

/// <summary>The rules whose catalog entry lists alternative fixes: EG2001, EG3001, EG3002.</summary>
public sealed class AlternativeCodeFixTests
{
    [Fact]
    public Task EG2001_sets_the_type_to_ConsistentHash_when_a_block_is_there()
        => CodeFixVerifier<ConsistentHashCodeFixProvider>.VerifyAsync(
            LoadBalancer("""Type = {|EG2001:"RoundRobin"|}, ConsistentHash = new() { Type = "SourceIP" }"""),
            LoadBalancer("""Type = "ConsistentHash", ConsistentHash = new() { Type = "SourceIP" }"""),
            EquivalenceKeys.MatchTypeAndConsistentHash);

    [Fact]
    public Task EG2001_removes_the_block_of_another_type()
        => CodeFixVerifier<ConsistentHashCodeFixProvider>.VerifyAsync(
            LoadBalancer("""Type = {|EG2001:LoadBalancerType.RoundRobin|}, ConsistentHash = new() { Type = "SourceIP" }"""),
            LoadBalancer("Type = LoadBalancerType.RoundRobin"),
            EquivalenceKeys.RemoveConsistentHash);

    [Fact]
    public Task EG2001_adds_a_source_ip_block_to_type_ConsistentHash()
        => CodeFixVerifier<ConsistentHashCodeFixProvider>.VerifyAsync(
            LoadBalancer("""Type = {|EG2001:LoadBalancerType.ConsistentHash|}"""),
            LoadBalancer("""Type = LoadBalancerType.ConsistentHash, ConsistentHash = new() { Type = "SourceIP" }"""),
            EquivalenceKeys.MatchTypeAndConsistentHash);

    [Fact]
    public Task EG2001_the_first_action_keeps_the_users_block()
        => CodeFixVerifier<ConsistentHashCodeFixProvider>.VerifyAsync(
            LoadBalancer("""Type = {|EG2001:"Random"|}, ConsistentHash = new() { Type = "SourceIP" }"""),
            LoadBalancer("""Type = "ConsistentHash", ConsistentHash = new() { Type = "SourceIP" }"""));

    [Fact]
    public Task EG2001_fix_all_completes_both_shapes_with_the_one_preferred_key()
        => new CodeFixVerifier<ConsistentHashCodeFixProvider>(
            [
                PolicySource.WithSpec("""LoadBalancer = new() { Type = {|EG2001:"RoundRobin"|}, ConsistentHash = new() { Type = "SourceIP" } },"""),
                PolicySource.WithSpec("""LoadBalancer = new() { Type = {|EG2001:"ConsistentHash"|} },""", "Others"),
            ],
            [
                PolicySource.WithSpec("""LoadBalancer = new() { Type = "ConsistentHash", ConsistentHash = new() { Type = "SourceIP" } },"""),
                PolicySource.WithSpec("""LoadBalancer = new() { Type = "ConsistentHash", ConsistentHash = new() { Type = "SourceIP" } },""", "Others"),
            ],
            EquivalenceKeys.MatchTypeAndConsistentHash).RunAsync();

    [Fact]
    public Task EG3001_removes_the_value_of_a_distinct_match()
        => CodeFixVerifier<DistinctHeaderValueCodeFixProvider>.VerifyAsync(
            Header("""Name = "x-user", Type = HeaderMatchType.Distinct, Value = {|EG3001:"alice"|}"""),
            Header("""Name = "x-user", Type = HeaderMatchType.Distinct"""),
            EquivalenceKeys.RemoveDistinctHeaderValue);

    [Fact]
    public Task EG3001_changes_the_type_to_exact_in_the_style_written()
        => CodeFixVerifier<DistinctHeaderValueCodeFixProvider>.VerifyAsync(
            Header("""Name = "x-user", Type = HeaderMatchType.Distinct, Value = {|EG3001:"alice"|}"""),
            Header("Name = \"x-user\", Type = HeaderMatchType.Exact, Value = \"alice\""),
            EquivalenceKeys.ChangeHeaderTypeToExact);

    [Fact]
    public Task EG3002_adds_type_Distinct_when_the_type_is_the_default()
        => CodeFixVerifier<HeaderValueCodeFixProvider>.VerifyAsync(
            Header("""Name = "x-user" """, "{|EG3002:new()|}"),
            Header("""Name = "x-user", Type = "Distinct" """),
            EquivalenceKeys.ChangeHeaderTypeToDistinct);

    [Fact]
    public Task EG3002_changes_an_explicit_type_to_Distinct()
        => CodeFixVerifier<HeaderValueCodeFixProvider>.VerifyAsync(
            Header("""Name = "x-user", Type = "RegularExpression" """, "{|EG3002:new()|}"),
            Header("""Name = "x-user", Type = "Distinct" """),
            EquivalenceKeys.ChangeHeaderTypeToDistinct);

    [Fact]
    public Task EG3002_adds_an_empty_value_to_fill_in()
        => CodeFixVerifier<HeaderValueCodeFixProvider>.VerifyAsync(
            Header("""Name = "x-user", Type = "Exact" """, "{|EG3002:new()|}"),
            Header("""Name = "x-user", Type = "Exact", Value = "" """),
            EquivalenceKeys.AddHeaderValue);

    [Fact]
    public Task EG3002_fix_all_changes_every_header_in_the_document()
        => CodeFixVerifier<HeaderValueCodeFixProvider>.VerifyAsync(
            PolicySource.WithSpec(PolicySource.Selector("""Headers = { {|EG3002:new()|} { Name = "x-user" }, {|EG3002:new HeaderMatch()|} { Name = "x-org", Type = "Exact" } }""")),
            PolicySource.WithSpec(PolicySource.Selector("""Headers = { new() { Name = "x-user", Type = "Distinct" }, new HeaderMatch() { Name = "x-org", Type = "Distinct" } }""")),
            EquivalenceKeys.ChangeHeaderTypeToDistinct);

    private static string LoadBalancer(string members) => PolicySource.WithSpec("LoadBalancer = new() { " + members + " },");

    private static string Header(string members, string creation = "new()")
        => PolicySource.WithSpec(PolicySource.Selector("Headers = { " + creation + " { " + members + " } }"));
}
