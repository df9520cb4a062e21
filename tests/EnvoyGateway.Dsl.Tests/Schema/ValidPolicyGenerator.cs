using EnvoyGateway.Dsl.Gateway.V1Alpha1;

namespace EnvoyGateway.Dsl.Tests.Schema;

/// <summary>
/// Builds varied, valid policies from a fixed seed (so a failure reproduces): every load-balancer type,
/// every HTTP target kind, 1–16 rules with 0–8 selectors mixing every header match type and an
/// IPv4/IPv6 sourceCIDR range, every unit, requests across the whole uint range.
/// </summary>
internal sealed class ValidPolicyGenerator(int seed)
{
    // TCP, UDP and TLS routes are accepted but the policy has no effect on them (EG3007): not valid by intent.
    private static readonly string[] TargetKinds = ["Gateway", "HTTPRoute", "GRPCRoute"];
    private static readonly string[] LoadBalancerTypes = [LoadBalancerType.RoundRobin, LoadBalancerType.LeastRequest, LoadBalancerType.Random, LoadBalancerType.ConsistentHash];
    private static readonly string[] Units = [RateLimitUnit.Second, RateLimitUnit.Minute, RateLimitUnit.Hour, RateLimitUnit.Day];
    private static readonly string[] Cidrs = ["10.0.0.0/8", "192.168.1.0/24", "0.0.0.0/0", "203.0.113.7/32", "2001:db8::/32", "::/0"];

    private readonly Random _random = new(seed);

    public BackendTrafficPolicy Next(int index)
    {
        var ns = Pick(["default", "shop", "team-a"]);
        var policy = new BackendTrafficPolicy($"policy-{index}")
        {
            Metadata =
            {
                Namespace = ns,
                Labels = { ["app.kubernetes.io/part-of"] = "shop", ["index"] = $"i{index}" },
                Annotations = { ["example.com/owner"] = "Team A <team-a@example.com>" },
            },
            Spec =
            {
                // Namespace omitted or equal to the policy's (EG3005).
                TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = Pick(TargetKinds), Name = $"target-{index}", Namespace = Chance() ? ns : null },
            },
        };

        if (Chance())
        {
            var type = Pick(LoadBalancerTypes);
            policy.Spec.LoadBalancer = new()
            {
                Type = type,
                ConsistentHash = type == LoadBalancerType.ConsistentHash ? new() { Type = ConsistentHashType.SourceIP } : null,
            };
        }

        if (Chance())
        {
            var global = new GlobalRateLimit();
            for (var r = _random.Next(1, 17); r > 0; r--)
            {
                global.Rules.Add(Rule());
            }

            policy.Spec.RateLimit = new() { Type = RateLimitType.Global, Global = global };
        }

        return policy;
    }

    private RateLimitRule Rule()
    {
        var rule = new RateLimitRule { Limit = new() { Requests = (uint)_random.NextInt64(1, (long)uint.MaxValue + 1), Unit = Pick(Units) } };
        var selectors = _random.Next(0, 9);
        var cidrAt = Chance() ? _random.Next(selectors) : -1;
        for (var s = 0; s < selectors; s++)
        {
            // At most one sourceCIDR selector per rule: Envoy Gateway uses only the last one (EG3008).
            rule.ClientSelectors.Add(s == cidrAt
                ? new() { SourceCIDR = new() { Type = Pick([null, SourceMatchType.Exact, SourceMatchType.Distinct]), Value = Pick(Cidrs) } }
                : HeaderSelector());
        }

        return rule;
    }

    private RateLimitSelectCondition HeaderSelector()
    {
        var selector = new RateLimitSelectCondition();
        for (var h = _random.Next(1, 17); h > 0; h--)
        {
            // Names unique within the selector (EG1005); a value exactly when the type needs one (EG3001/EG3002).
            var name = $"x-header-{h}";
            selector.Headers.Add(_random.Next(4) switch
            {
                0 => new() { Name = name, Value = "v" + h },
                1 => new() { Name = name, Type = HeaderMatchType.Exact, Value = new string('a', _random.Next(1, 1025)) },
                2 => new() { Name = name, Type = HeaderMatchType.RegularExpression, Value = "^tenant-[a-z]+$" },
                _ => new() { Name = name, Type = HeaderMatchType.Distinct },
            });
        }

        return selector;
    }

    private bool Chance() => _random.Next(2) == 0;

    private T Pick<T>(T[] values) => values[_random.Next(values.Length)];
}
