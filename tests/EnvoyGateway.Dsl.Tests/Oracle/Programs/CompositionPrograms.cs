using EnvoyGateway.Dsl.Gateway.V1Alpha1;

namespace EnvoyGateway.Dsl.Tests.Oracle.Programs;

/// <summary>
/// C# equivalents of 07_composition and 08_list_yaml: jsonnet partials become methods returning parts,
/// <c>+</c> becomes initializers and assignments, comprehensions become loops.
/// </summary>
internal static class CompositionPrograms
{
    /// <summary>
    /// 07_composition, by case name. Every case is one policy except <c>derived</c> (one per environment).
    /// <c>staleConsistentHash</c> and <c>viaMixinAlias</c> are invalid on purpose, as in the jsonnet.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<BackendTrafficPolicy>> Composition() => new Dictionary<string, IReadOnlyList<BackendTrafficPolicy>>
    {
        ["sumOfPartials"] = [SumOfPartials()],
        ["lastWins"] = [LastWins()],
        ["staleConsistentHash"] = [StaleConsistentHash()],
        ["viaMixinAlias"] = [ViaMixinAlias()],
        ["derived"] = [.. Derived()],
        ["rawPatch"] = [RawPatch()],
    };

    // Partials: methods returning the parts, combined in any order.
    private static PolicyTargetReference ToGateway(string name) => new() { Group = "gateway.networking.k8s.io", Kind = "Gateway", Name = name };

    private static RateLimitRule Hourly(uint requests) => new() { Limit = new() { Requests = requests, Unit = RateLimitUnit.Hour } };

    private static BackendTrafficPolicy Base(string name = "base") => new(name)
    {
        Metadata = { Labels = new() { ["team"] = "payments" } },
        Spec = { TargetRef = ToGateway("eg") },
    };

    private static BackendTrafficPolicy SumOfPartials() => new("sum")
    {
        Spec = { TargetRef = new() { Name = "eg", Kind = "Gateway", Group = "gateway.networking.k8s.io" } },
    };

    private static BackendTrafficPolicy LastWins()
    {
        var policy = Base();
        policy.Spec.LoadBalancer = new() { Type = LoadBalancerType.Random };
        policy.Spec.LoadBalancer.Type = LoadBalancerType.LeastRequest;
        return policy;
    }

    // Changing the type keeps the consistentHash block, exactly like jsonnet's deep merge (EG2001 flags it).
    private static BackendTrafficPolicy StaleConsistentHash()
    {
        var policy = Base();
        policy.Spec.LoadBalancer = new() { Type = LoadBalancerType.ConsistentHash, ConsistentHash = new() { Type = ConsistentHashType.SourceIP } };
        policy.Spec.LoadBalancer.Type = LoadBalancerType.RoundRobin;
        return policy;
    }

    // jsonnet's `btp.mixin` is an alias of `btp`; C# needs no alias. The targetRef lacks group and kind (EG1002).
    private static BackendTrafficPolicy ViaMixinAlias() => new("alias")
    {
        Metadata = { Labels = { ["x"] = "y" } },
        Spec = { TargetRef = new() { Name = "eg" } },
    };

    private static IEnumerable<BackendTrafficPolicy> Derived()
    {
        foreach (var env in new[] { "dev", "prod" })
        {
            var policy = Base();
            policy.Metadata.Name = $"base-{env}";
            policy.Metadata.Labels["env"] = env;
            policy.Spec.RateLimit = new() { Type = RateLimitType.Global, Global = new() { Rules = { Hourly(env == "prod" ? 1000u : 10u) } } };
            yield return policy;
        }
    }

    // The typed part of jsonnet's raw patch. Its `spec.tcpKeepalive: {}` has no property to hold it.
    private static BackendTrafficPolicy RawPatch()
    {
        var policy = Base();
        policy.Spec.RateLimit = new() { Type = RateLimitType.Global, Global = new() { Rules = { Hourly(1) } } };
        return policy;
    }

    /// <summary>08_list_yaml: one policy per route, built in a loop.</summary>
    public static ManifestSet ListYaml()
    {
        var set = new ManifestSet();
        foreach (var route in new[] { "cart", "checkout", "search" })
        {
            set.Add(new BackendTrafficPolicy($"rl-{route}")
            {
                Metadata =
                {
                    Namespace = "shop",
                    Labels = new() { ["app.kubernetes.io/part-of"] = "shop", ["route"] = route },
                },
                Spec =
                {
                    TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = route },
                    LoadBalancer = new() { Type = LoadBalancerType.LeastRequest },
                    RateLimit = new()
                    {
                        Type = RateLimitType.Global,
                        Global = new()
                        {
                            Rules =
                            {
                                new()
                                {
                                    ClientSelectors = { new() { Headers = { new() { Name = "x-user-id", Type = HeaderMatchType.Distinct } } } },
                                    Limit = new() { Requests = (uint)route.Length * 10, Unit = RateLimitUnit.Minute },
                                },
                            },
                        },
                    },
                },
            });
        }

        return set;
    }
}
