using EnvoyGateway.Dsl.Gateway.V1Alpha1;

namespace EnvoyGateway.Dsl.Analyzers.Tests.Policies;

/// <summary>Policies completed after their initializer (later statements, loops, helpers): nothing is missing at the end.</summary>
public static class Steps
{
    public static BackendTrafficPolicy Built()
    {
        var policy = new BackendTrafficPolicy("shop-steps") { Metadata = { Namespace = StorefrontPolicies.Namespace } };
        policy.Spec.TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "GRPCRoute" };
        policy.Spec.TargetRef.Name = "grpc";

        var rule = new RateLimitRule();
        rule.Limit = new RateLimitValue { Requests = 5 };
        rule.Limit.Unit = RateLimitUnit.Hour;
        foreach (var header in new[] { "x-a", "x-b" })
        {
            rule.ClientSelectors.Add(new() { Headers = { new() { Name = header, Value = "1" } } });
        }

        var global = new GlobalRateLimit();
        global.Rules.Add(rule);
        policy.Spec.RateLimit = new RateLimitSpec { Type = "Global", Global = global };
        return policy;
    }

    public static ManifestSet FromEnvironment(int replicas)
    {
        var name = System.Environment.GetEnvironmentVariable("POLICY_NAME") ?? "fallback";
        var set = new ManifestSet();
        for (var i = 0; i < replicas; i++)
        {
            set.Add(new BackendTrafficPolicy(name + i)
            {
                Metadata = { Namespace = System.Environment.GetEnvironmentVariable("NS") },
                Spec = { TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = name } },
            });
        }

        return set;
    }

    public static GlobalRateLimit Many(IEnumerable<RateLimitRule> extra) => new()
    {
        Rules = [new() { Limit = new() { Requests = (uint)System.Environment.ProcessorCount, Unit = "Day" } }, .. extra],
    };
}
