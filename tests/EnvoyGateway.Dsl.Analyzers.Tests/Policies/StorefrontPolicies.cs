using EnvoyGateway.Dsl.Gateway.V1Alpha1;

namespace EnvoyGateway.Dsl.Analyzers.Tests.Policies;

/// <summary>Valid policies in every style the DSL allows: the analyzers must stay silent on all of them.</summary>
public static class StorefrontPolicies
{
    public const string Namespace = "storefront";
    private const string Prefix = "shop";

    public static ManifestSet Set { get; } =
    [
        new BackendTrafficPolicy($"{Prefix}-api")
        {
            Metadata =
            {
                Namespace = Namespace,
                Labels = { ["app.kubernetes.io/name"] = "api", ["team"] = Team.Name },
                Annotations = { { "example.com/owner", "edge" } },
            },
            Spec =
            {
                TargetRef = new() { Group = Targets.Group, Kind = "HTTPRoute", Name = "api" },
                LoadBalancer = new() { Type = LoadBalancerType.ConsistentHash, ConsistentHash = new() { Type = ConsistentHashType.SourceIP } },
                RateLimit = new()
                {
                    Type = RateLimitType.Global,
                    Global = new()
                    {
                        Rules =
                        [
                            new()
                            {
                                ClientSelectors =
                                {
                                    new() { Headers = { new() { Name = "x-user", Type = HeaderMatchType.Distinct }, new() { Name = "x-org", Value = "acme" } } },
                                    new() { SourceCIDR = new() { Type = SourceMatchType.Distinct, Value = "10.0.0.0/8" } },
                                },
                                Limit = new() { Requests = 100, Unit = RateLimitUnit.Minute },
                            },
                            new RateLimitRule { Limit = new RateLimitValue { Requests = 10u, Unit = "Second" } },
                        ],
                    },
                },
            },
        },
        new BackendTrafficPolicy("shop-web")
        {
            Metadata = { Namespace = Namespace },
            Spec = { TargetRef = Targets.Route("web"), RateLimit = Limits.PerMinute(60) },
        },
        Steps.Built(),
        new BackendTrafficPolicy("shop-gateway")
        {
            Metadata = { Namespace = Namespace },
            Spec = new BackendTrafficPolicySpec { TargetRef = new PolicyTargetReference { Group = "gateway.networking.k8s.io", Kind = "Gateway", Name = "eg", Namespace = Namespace } },
        },
    ];
}

public static class Team
{
    public const string Name = "edge";
}

public static class Targets
{
    public const string Group = "gateway.networking.k8s.io";

    public static PolicyTargetReference Route(string name) => new() { Group = Group, Kind = "HTTPRoute", Name = name };
}

public static class Limits
{
    public static RateLimitSpec PerMinute(uint requests) => new()
    {
        Type = "Global",
        Global = new() { Rules = { new() { Limit = new() { Requests = requests, Unit = "Minute" } } } },
    };
}
