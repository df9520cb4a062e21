using EnvoyGateway.Dsl.Gateway.V1Alpha1;

namespace EnvoyGateway.Dsl.Tests.Oracle.Programs;

/// <summary>
/// C# equivalents of 03_metadata_mixins and 06_ratelimit_mixins: the jsonnet <c>withXMixin</c> (merge,
/// append) is a collection initializer or <c>Add</c>; the plain <c>withX</c> (replace) is assigning a new
/// collection. Where the jsonnet applies several setters in sequence, the C# does the same with statements.
/// </summary>
internal static class MixinPrograms
{
    /// <summary>03_metadata_mixins, by case name.</summary>
    public static IReadOnlyDictionary<string, BackendTrafficPolicy> MetadataMixins() => new Dictionary<string, BackendTrafficPolicy>
    {
        ["mixinOnEmpty"] = MixinOnEmpty(),
        ["mixinAppends"] = MixinAppends(),
        ["plainAfterMixin"] = PlainAfterMixin(),
    };

    // Mixins on empty collections behave like a plain set: collection initializers on the empty maps/lists.
    private static BackendTrafficPolicy MixinOnEmpty() => new("mixins")
    {
        Metadata =
        {
            Labels = { ["a"] = "1" },
            Annotations = { ["x/y"] = "z" },
            Finalizers = { "f1" },
            OwnerReferences = { new() { Kind = "ConfigMap", Name = "o1" } },
        },
        Spec = { TargetRef = Gateway("eg") },
    };

    // Maps merge (later key wins: the indexer overwrites), lists append without de-duplication.
    private static BackendTrafficPolicy MixinAppends()
    {
        var policy = new BackendTrafficPolicy("mixins")
        {
            Metadata =
            {
                Labels = new() { ["a"] = "1", ["b"] = "2" },
                Annotations = new() { ["k1"] = "v1" },
                Finalizers = new() { "f1" },
                OwnerReferences = new() { new() { Kind = "ConfigMap", Name = "o1" } },
            },
            Spec = { TargetRef = Gateway("eg") },
        };
        policy.Metadata.Labels["b"] = "B";
        policy.Metadata.Labels["c"] = "3";
        policy.Metadata.Annotations["k2"] = "v2";
        policy.Metadata.Finalizers.AddRange(["f2", "f1"]);
        policy.Metadata.OwnerReferences.Add(new() { Kind = "Secret", Name = "o2" });
        return policy;
    }

    // A plain set after a mixin discards what was there: assigning a new collection replaces.
    private static BackendTrafficPolicy PlainAfterMixin()
    {
        var policy = new BackendTrafficPolicy("mixins") { Spec = { TargetRef = Gateway("eg") } };
        policy.Metadata.Labels = new() { ["a"] = "1" };
        policy.Metadata.Labels["b"] = "2";
        policy.Metadata.Labels = new() { ["only"] = "this" };
        policy.Metadata.Finalizers = new() { "f1", "f2" };
        policy.Metadata.Finalizers = new() { "f3" };
        return policy;
    }

    /// <summary>06_ratelimit_mixins, by case name.</summary>
    public static IReadOnlyDictionary<string, BackendTrafficPolicy> RateLimitMixins() => new Dictionary<string, BackendTrafficPolicy>
    {
        ["appended"] = Appended(),
        ["replacedByPlain"] = ReplacedByPlain(),
        ["orderIndependentSiblings"] = OrderIndependentSiblings(),
    };

    private static BackendTrafficPolicy Appended()
    {
        var selector = new RateLimitSelectCondition { Headers = { new() { Name = "a", Value = "1" } } };
        selector.Headers.Add(new() { Name = "b", Value = "2" });
        selector.Headers.Add(new() { Name = "c", Type = HeaderMatchType.Distinct });

        // sourceCIDR.type left unset: the CRD defaults it to Exact.
        var rule = new RateLimitRule
        {
            ClientSelectors = { selector, new() { SourceCIDR = new() { Value = "10.0.0.0/8" } } },
            Limit = new() { Requests = 5, Unit = RateLimitUnit.Second },
        };

        var policy = Base();
        policy.Spec.RateLimit!.Global = new() { Rules = { rule } };
        policy.Spec.RateLimit.Global.Rules.Add(Limit(50, RateLimitUnit.Minute));
        policy.Spec.RateLimit.Global.Rules.Add(Limit(500, RateLimitUnit.Hour));
        return policy;
    }

    private static BackendTrafficPolicy ReplacedByPlain()
    {
        var policy = Base();
        var global = policy.Spec.RateLimit!.Global = new() { Rules = { Limit(1, RateLimitUnit.Second) } };
        global.Rules.Add(Limit(2, RateLimitUnit.Second));
        global.Rules = new() { Limit(3, RateLimitUnit.Second) };
        return policy;
    }

    // Object initializers have no order between siblings: setting the type after the rules keeps them.
    private static BackendTrafficPolicy OrderIndependentSiblings() => new("mixins-rl")
    {
        Spec =
        {
            TargetRef = Gateway("eg"),
            RateLimit = new() { Global = new() { Rules = { Limit(7, RateLimitUnit.Day) } }, Type = RateLimitType.Global },
        },
    };

    private static BackendTrafficPolicy Base() => new("mixins-rl")
    {
        Spec = { TargetRef = Gateway("eg"), RateLimit = new() { Type = RateLimitType.Global } },
    };

    private static RateLimitRule Limit(uint requests, string unit) => new() { Limit = new() { Requests = requests, Unit = unit } };

    private static PolicyTargetReference Gateway(string name) => new() { Group = "gateway.networking.k8s.io", Kind = "Gateway", Name = name };
}
