using EnvoyGateway.Dsl.Gateway.V1Alpha1;

namespace EnvoyGateway.Dsl.Tests.Oracle.Programs;

/// <summary>
/// C# equivalents of the oracle's jsonnet programs 01, 02, 04 and 05 (Fixtures/oracle), written the way a
/// user of this library would write them.
/// </summary>
internal static class BasicPrograms
{
    /// <summary>01_new_targetref: <c>new</c>, every <c>targetRef.withX</c>, <c>metadata.withNamespace</c>.</summary>
    public static BackendTrafficPolicy NewTargetRef() => new("policy-httproute")
    {
        Metadata = { Namespace = "default" },
        Spec =
        {
            TargetRef = new()
            {
                Group = "gateway.networking.k8s.io",
                Kind = "HTTPRoute",
                Name = "http-ratelimit",
                Namespace = "default",
                SectionName = "http",
            },
        },
    };

    /// <summary>02_metadata_all: every plain <c>metadata.withX</c>, server-populated fields included.</summary>
    public static BackendTrafficPolicy MetadataAll() => new("initial-name")
    {
        Metadata =
        {
            Name = "renamed",
            Namespace = "team-a",
            Annotations = new() { ["example.com/owner"] = "team-a" },
            Labels = new() { ["app"] = "shop", ["tier"] = "backend" },
            ClusterName = "c1",
            CreationTimestamp = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero),
            DeletionGracePeriodSeconds = 30,
            DeletionTimestamp = new DateTimeOffset(2024, 2, 1, 0, 0, 0, TimeSpan.Zero),
            Finalizers = new() { "example.com/cleanup" },
            GenerateName = "btp-",
            Generation = 7,
            OwnerReferences = new() { new() { ApiVersion = "v1", Kind = "ConfigMap", Name = "owner", Uid = "1234" } },
            ResourceVersion = "42",
            SelfLink = "/apis/gateway.envoyproxy.io/v1alpha1/namespaces/team-a/backendtrafficpolicies/renamed",
            Uid = "0b9c7d5e-0000-0000-0000-000000000000",
        },
        Spec = { TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "Gateway", Name = "eg" } },
    };

    /// <summary>04_loadbalancer: the four load-balancer types, as a set (the jsonnet returns a v1 List).</summary>
    public static ManifestSet LoadBalancers() => new()
    {
        RoutePolicy("round-robin", "r1", new() { Type = LoadBalancerType.RoundRobin }),
        RoutePolicy("least-request", "r2", new() { Type = LoadBalancerType.LeastRequest }),
        RoutePolicy("random", "r3", new() { Type = LoadBalancerType.Random }),
        RoutePolicy("consistent-hash", "r4", new() { Type = LoadBalancerType.ConsistentHash, ConsistentHash = new() { Type = ConsistentHashType.SourceIP } }),
    };

    private static BackendTrafficPolicy RoutePolicy(string name, string route, LoadBalancer loadBalancer) => new(name)
    {
        Metadata = { Namespace = "default" },
        Spec =
        {
            TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = route },
            LoadBalancer = loadBalancer,
        },
    };

    /// <summary>05_ratelimit_global: every rate-limit builder, all header match types, sourceCIDR, all units.</summary>
    public static BackendTrafficPolicy RateLimitGlobal() => new("policy-httproute")
    {
        Metadata = { Namespace = "default" },
        Spec =
        {
            TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "http-ratelimit", Namespace = "default" },
            RateLimit = new()
            {
                Type = RateLimitType.Global,
                Global = new()
                {
                    Rules =
                    {
                        new()
                        {
                            ClientSelectors = { new() { Headers = { new() { Name = "x-user-id", Type = HeaderMatchType.Exact, Value = "one" } } } },
                            Limit = new() { Requests = 3, Unit = RateLimitUnit.Hour },
                        },
                        new()
                        {
                            ClientSelectors =
                            {
                                new()
                                {
                                    Headers =
                                    {
                                        new() { Name = "x-org-id", Type = HeaderMatchType.Distinct },
                                        new() { Name = "x-tenant", Type = HeaderMatchType.RegularExpression, Value = "^acme-.*$" },
                                    },
                                },
                            },
                            Limit = new() { Requests = 100, Unit = RateLimitUnit.Minute },
                        },
                        new()
                        {
                            ClientSelectors = { new() { SourceCIDR = new() { Type = SourceMatchType.Exact, Value = "192.168.0.0/24" } } },
                            Limit = new() { Requests = 10, Unit = RateLimitUnit.Second },
                        },
                        // No selectors: the limit applies to all traffic.
                        new() { Limit = new() { Requests = 1000, Unit = RateLimitUnit.Day } },
                    },
                },
            },
        },
    };
}
