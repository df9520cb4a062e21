using EnvoyGateway.Dsl.Gateway.V1Alpha1;

namespace EnvoyGateway.Dsl.Tests.Yaml;

/// <summary>Hand-built policies for the YAML tests.</summary>
internal static class SamplePolicies
{
    /// <summary>Every field of the model set, in an order unlike the YAML's, so the golden file shows the sorting.</summary>
    public static BackendTrafficPolicy Full() => new("full")
    {
        Metadata =
        {
            Namespace = "shop",
            Uid = "0b0c7a38-0000-4000-8000-000000000001",
            SelfLink = "/apis/gateway.envoyproxy.io/v1alpha1/namespaces/shop/backendtrafficpolicies/full",
            ResourceVersion = "12345",
            Labels = { ["route"] = "cart", ["app.kubernetes.io/part-of"] = "shop", ["empty"] = "" },
            Annotations = { ["owner"] = "edge-team", ["note"] = "yes" },
            Finalizers = { "example.com/cleanup", "a #b" },
            GenerateName = "full-",
            Generation = 3,
            ClusterName = "west",
            CreationTimestamp = new DateTimeOffset(2024, 1, 1, 1, 0, 0, TimeSpan.FromHours(1)),
            DeletionTimestamp = new DateTimeOffset(2024, 2, 3, 4, 5, 6, TimeSpan.Zero),
            DeletionGracePeriodSeconds = 30,
            OwnerReferences =
            {
                new() { Uid = "u-1", Name = "owner", Kind = "Gateway", ApiVersion = "gateway.networking.k8s.io/v1", Controller = true, BlockOwnerDeletion = false },
            },
        },
        Spec =
        {
            TargetRef = new() { Name = "cart", Kind = "HTTPRoute", Group = "gateway.networking.k8s.io", Namespace = "shop", SectionName = "http" },
            LoadBalancer = new() { Type = LoadBalancerType.ConsistentHash, ConsistentHash = new() { Type = ConsistentHashType.SourceIP } },
            RateLimit = new()
            {
                Type = RateLimitType.Global,
                Global = new()
                {
                    Rules =
                    {
                        new()
                        {
                            Limit = new() { Unit = RateLimitUnit.Minute, Requests = 100 },
                            ClientSelectors =
                            {
                                new()
                                {
                                    SourceCIDR = new() { Value = "10.0.0.0/8", Type = SourceMatchType.Distinct },
                                    Headers =
                                    {
                                        new() { Name = "x-user-id", Type = HeaderMatchType.Distinct },
                                        new() { Name = "x-org", Value = "true", Type = HeaderMatchType.Exact },
                                    },
                                },
                            },
                        },
                        new() { Limit = new() { Requests = 0, Unit = RateLimitUnit.Second } },
                    },
                },
            },
        },
    };
}
