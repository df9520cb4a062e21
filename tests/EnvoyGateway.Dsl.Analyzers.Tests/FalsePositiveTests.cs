using EnvoyGateway.Dsl.Analyzers.Tests.Infrastructure;

namespace EnvoyGateway.Dsl.Analyzers.Tests;

/// <summary>Correct policies, written in every style the DSL allows, produce no diagnostic.</summary>
public sealed class FalsePositiveTests
{
    public static TheoryData<string> CorrectSources() =>
    [
        // Nested, explicit types.
        Policy.InClass("""
            public static BackendTrafficPolicy Api => new BackendTrafficPolicy("api")
            {
                Metadata = new ObjectMeta { Name = "api", Namespace = "shop" },
                Spec = new BackendTrafficPolicySpec
                {
                    TargetRef = new PolicyTargetReference { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "api" },
                    RateLimit = new RateLimitSpec { Type = "Global", Global = new GlobalRateLimit { Rules = new List<RateLimitRule> { new RateLimitRule { Limit = new RateLimitValue { Requests = 1, Unit = "Day" } } } } },
                },
            };
            """),
        // Target-typed and collection expressions.
        Policy.Returned(Policy.Valid("""RateLimit = new() { Type = "Global", Global = new() { Rules = [new() { ClientSelectors = [new() { Headers = [new() { Name = "x", Value = "1" }] }], Limit = new() { Requests = 3, Unit = "Hour" } }] } },""")),
        // Built in steps: TargetRef assigned in a later statement.
        Policy.InClass("""
            public static BackendTrafficPolicy Api()
            {
                var policy = new BackendTrafficPolicy("api") { Metadata = { Namespace = "shop" }, Spec = { RateLimit = new() { Type = "Global" } } };
                policy.Spec.TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "api" };
                policy.Spec.RateLimit.Global = new() { Rules = { new() { Limit = new() { Requests = 1, Unit = "Second" } } } };
                return policy;
            }
            """),
        // Parts returned by helper methods.
        Policy.InClass("""
            private static PolicyTargetReference Route(string name) => new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = name };
            private static RateLimitValue PerMinute(uint requests) => new() { Requests = requests, Unit = RateLimitUnit.Minute };
            public static BackendTrafficPolicy Api => new BackendTrafficPolicy("api")
            {
                Metadata = { Namespace = "shop" },
                Spec = { TargetRef = Route("api"), RateLimit = new() { Type = "Global", Global = new() { Rules = { new() { Limit = PerMinute(10) } } } } },
            };
            """),
        // Collections filled in loops.
        Policy.InClass("""
            public static BackendTrafficPolicy Api(string[] headers)
            {
                var rule = new RateLimitRule { Limit = new() { Requests = 10, Unit = "Minute" } };
                foreach (var header in headers)
                {
                    rule.ClientSelectors.Add(new() { Headers = { new() { Name = header, Type = "Distinct" } } });
                }

                var global = new GlobalRateLimit();
                global.Rules.Add(rule);
                return new BackendTrafficPolicy("api") { Metadata = { Namespace = "shop" }, Spec = { TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "api" }, RateLimit = new() { Type = "Global", Global = global } } };
            }
            """),
        // Consts from another class and interpolation of consts.
        """
        using EnvoyGateway.Dsl;
        using EnvoyGateway.Dsl.Gateway.V1Alpha1;

        public static class Names
        {
            public const string Namespace = "shop";
            public const string Group = "gateway.networking.k8s.io";
            public const string Prefix = "shop";
        }

        public static class Policies
        {
            public static ManifestSet Set => new()
            {
                new BackendTrafficPolicy($"{Names.Prefix}-api") { Metadata = { Namespace = Names.Namespace }, Spec = { TargetRef = new() { Group = Names.Group, Kind = "HTTPRoute", Name = $"{Names.Prefix}-api" } } },
                new BackendTrafficPolicy($"{Names.Prefix}-web") { Metadata = { Namespace = Names.Namespace }, Spec = { TargetRef = new() { Group = Names.Group, Kind = "HTTPRoute", Name = $"{Names.Prefix}-web" } } },
            };
        }
        """,
        // Values the analyzer cannot know.
        Policy.InClass("""
            public static BackendTrafficPolicy Api(string name, string unit, uint requests, string? ns) => new BackendTrafficPolicy(name)
            {
                Metadata = { Namespace = ns, Labels = { [name] = unit } },
                Spec = { TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = unit, Name = name, Namespace = ns }, RateLimit = new() { Type = "Global", Global = new() { Rules = { new() { Limit = new() { Requests = requests, Unit = unit } } } } } },
            };
            """),
        // The same target twice in a set whose earlier element is not known: the set rules stop there.
        Policy.InClass("""
            private static BackendTrafficPolicy Other() => new BackendTrafficPolicy("other") { Metadata = { Namespace = "shop" }, Spec = { TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "web" } } };
            public static ManifestSet Set => [Other(), new BackendTrafficPolicy("api") { Metadata = { Namespace = "shop" }, Spec = { TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "api" } } }];
            """),
    ];

    [Theory]
    [MemberData(nameof(CorrectSources))]
    public Task Correct_policy_produces_no_diagnostic(string source) => AnalyzerTest.VerifyAsync(source);

    [Theory]
    [InlineData("StorefrontPolicies.cs")]
    [InlineData("StepByStepPolicies.cs")]
    public async Task Rich_policy_files_produce_no_diagnostic(string file)
    {
        var source = Usings + File.ReadAllText(Path.Combine(AnalyzerRunner.RepositoryRoot, "tests", "EnvoyGateway.Dsl.Analyzers.Tests", "Policies", file));
        var test = new AnalyzerTest(source);
        test.TestState.Sources.Add(Usings + File.ReadAllText(Path.Combine(AnalyzerRunner.RepositoryRoot, "tests", "EnvoyGateway.Dsl.Analyzers.Tests", "Policies", file == "StorefrontPolicies.cs" ? "StepByStepPolicies.cs" : "StorefrontPolicies.cs")));
        await test.RunAsync();
    }

    // The implicit usings of an SDK project, which the policy files rely on.
    private const string Usings = "using System; using System.Collections.Generic; using System.Linq;\n";
}
