using EnvoyGateway.Dsl.CodeFixes;
using EnvoyGateway.Dsl.CodeFixes.Schema;
using Verifier = EnvoyGateway.Dsl.Analyzers.Tests.CodeFixes.CodeFixVerifier<EnvoyGateway.Dsl.CodeFixes.Schema.AllowedValueCodeFixProvider>;

namespace EnvoyGateway.Dsl.Analyzers.Tests.CodeFixes;

public sealed class AllowedValueCodeFixTests
{
    private static string Limit(string unit) => PolicySource.Returning($$"""
        new BackendTrafficPolicy("api")
        {
            Spec =
            {
                RateLimit = new()
                {
                    Type = "Global",
                    Global = new() { Rules = { new() { Limit = new() { Requests = 10, Unit = {{unit}} } } } },
                },
            },
        }
        """);

    [Fact]
    public Task A_string_literal_becomes_the_closest_allowed_literal()
        => Verifier.VerifyAsync(Limit("""{|EG1001:"Minutes"|}"""), Limit("\"Minute\""), EquivalenceKeys.ReplaceWithClosestAllowedValue);

    [Fact]
    public Task A_named_constant_becomes_the_constant_of_the_same_holder_with_the_allowed_value()
    {
        const string Units = "\nstatic class Units { public const string Minutes = \"Minutes\"; public const string Minute = \"Minute\"; }\n";
        return Verifier.VerifyAsync(Limit("{|EG1001:Units.Minutes|}") + Units, Limit("Units.Minute") + Units, EquivalenceKeys.ReplaceWithClosestAllowedValue);
    }

    [Fact]
    public Task A_named_constant_without_a_matching_sibling_becomes_the_DSL_constant()
    {
        const string Settings = "\nstatic class Settings { public const string DefaultUnit = \"minute\"; }\n";
        return Verifier.VerifyAsync(Limit("{|EG1001:Settings.DefaultUnit|}") + Settings, Limit("RateLimitUnit.Minute") + Settings, EquivalenceKeys.ReplaceWithClosestAllowedValue);
    }

    [Fact]
    public Task A_value_deep_in_a_gateway_api_kind_is_fixed_the_same_way()
    {
        static string Route(string type) => $$"""
            using EnvoyGateway.Dsl.GatewayApi;

            static class Routes
            {
                static HTTPRoute Create() => new("api")
                {
                    Metadata = { Namespace = "shop" },
                    Spec = { Rules = { new() { Matches = { new() { Headers = { new() { Name = "x-team", Value = "edge", Type = {{type}} } } } } } } },
                };
            }
            """;

        return new Verifier([Route("""{|EG1001:"Exactly"|}""")], [Route("\"Exact\"")], EquivalenceKeys.ReplaceWithClosestAllowedValue, release: "1.9").RunAsync();
    }

    [Fact]
    public Task No_fix_is_offered_without_a_close_value()
        => Verifier.VerifyAsync(Limit("""{|EG1001:"Fortnight"|}"""), Limit("""{|EG1001:"Fortnight"|}"""));

    [Fact]
    public Task Fix_all_in_a_document_replaces_each_value_with_its_own_closest_value()
    {
        static string Policy(string type, string unit, string sourceType) => PolicySource.Returning($$"""
            new BackendTrafficPolicy("api")
            {
                Spec =
                {
                    LoadBalancer = new() { Type = {{type}} },
                    RateLimit = new()
                    {
                        Type = "Global",
                        Global = new()
                        {
                            Rules =
                            {
                                new()
                                {
                                    ClientSelectors = { new() { SourceCIDR = new() { Type = {{sourceType}}, Value = "10.0.0.0/8" } } },
                                    Limit = new() { Requests = 10, Unit = {{unit}} },
                                },
                            },
                        },
                    },
                },
            }
            """);

        return Verifier.VerifyAsync(
            Policy("""{|EG1001:"roundrobin"|}""", """{|EG1001:"Hours"|}""", """{|EG1001:"distinct"|}"""),
            Policy("\"RoundRobin\"", "\"Hour\"", "\"Distinct\""),
            EquivalenceKeys.ReplaceWithClosestAllowedValue);
    }

    [Fact]
    public Task Fix_all_in_a_project_fixes_every_document()
        => new CodeFixVerifier<AllowedValueCodeFixProvider>(
            [Limit("""{|EG1001:"Minutes"|}"""), Limit("""{|EG1001:"days"|}""").Replace("Policies", "OtherPolicies", StringComparison.Ordinal)],
            [Limit("\"Minute\""), Limit("\"Day\"").Replace("Policies", "OtherPolicies", StringComparison.Ordinal)],
            EquivalenceKeys.ReplaceWithClosestAllowedValue).RunAsync();
}
