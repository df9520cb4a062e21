// One violation of each rule whose catalog entry has a code fix, each in a policy of its own so that no
// fix touches another's code; DotnetFormatTests applies them with `dotnet format analyzers` and expects
// Policies.fixed.cs. The analyzer tests' FixableProjectTests check that every fixable rule is here.
using EnvoyGateway.Dsl;
using EnvoyGateway.Dsl.Gateway.V1Alpha1;

namespace Shop;

public static class Fixable
{
    public static ManifestSet Production { get; } = new()
    {
        // EG1001
        new BackendTrafficPolicy("allowed-value")
        {
            Metadata = { Namespace = "shop" },
            Spec =
            {
                TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "allowed-value" },
                LoadBalancer = new() { Type = "RoundRobin" },
            },
        },
        // EG1002
        new BackendTrafficPolicy("required-member")
        {
            Metadata = { Namespace = "shop" },
            Spec =
            {
                TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "required-member" },
                RateLimit = new()
                {
                    Type = RateLimitType.Global,
                    Global = new() { Rules = { new() { Limit = new() { Requests = 100, Unit = "Minute" } } } },
                },
            },
        },
        // EG1005
        new BackendTrafficPolicy("duplicate-header")
        {
            Metadata = { Namespace = "shop" },
            Spec =
            {
                TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "duplicate-header" },
                RateLimit = new()
                {
                    Type = RateLimitType.Global,
                    Global = new()
                    {
                        Rules =
                        {
                            new()
                            {
                                ClientSelectors =
                                {
                                    new()
                                    {
                                        Headers =
                                        {
                                            new() { Name = "x-plan", Type = HeaderMatchType.Exact, Value = "free" },
                                        },
                                    },
                                },
                                Limit = new() { Requests = 10, Unit = RateLimitUnit.Minute },
                            },
                        },
                    },
                },
            },
        },
        // EG2001
        new BackendTrafficPolicy("consistent-hash")
        {
            Metadata = { Namespace = "shop" },
            Spec =
            {
                TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "consistent-hash" },
                LoadBalancer = new() { Type = "ConsistentHash", ConsistentHash = new() { Type = "SourceIP" } },
            },
        },
        // EG2002
        new BackendTrafficPolicy("target-group")
        {
            Metadata = { Namespace = "shop" },
            Spec =
            {
                TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "target-group" },
                LoadBalancer = new() { Type = LoadBalancerType.LeastRequest },
            },
        },
        // EG2003
        new BackendTrafficPolicy("target-kind")
        {
            Metadata = { Namespace = "shop" },
            Spec =
            {
                TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "target-kind" },
                LoadBalancer = new() { Type = LoadBalancerType.Random },
            },
        },
        // EG2004
        new BackendTrafficPolicy("section-name")
        {
            Metadata = { Namespace = "shop" },
            Spec =
            {
                TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "Gateway", Name = "section-name" },
                LoadBalancer = new() { Type = LoadBalancerType.LeastRequest },
            },
        },
        // EG3001
        new BackendTrafficPolicy("distinct-value")
        {
            Metadata = { Namespace = "shop" },
            Spec =
            {
                TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "distinct-value" },
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
                                Limit = new() { Requests = 100, Unit = RateLimitUnit.Minute },
                            },
                        },
                    },
                },
            },
        },
        // EG3002
        new BackendTrafficPolicy("header-value")
        {
            Metadata = { Namespace = "shop" },
            Spec =
            {
                TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "header-value" },
                RateLimit = new()
                {
                    Type = RateLimitType.Global,
                    Global = new()
                    {
                        Rules =
                        {
                            new()
                            {
                                ClientSelectors = { new() { Headers = { new() { Name = "x-user-id", Type = "Distinct" } } } },
                                Limit = new() { Requests = 100, Unit = RateLimitUnit.Minute },
                            },
                        },
                    },
                },
            },
        },
        // EG3004
        new BackendTrafficPolicy("source-cidr")
        {
            Metadata = { Namespace = "shop" },
            Spec =
            {
                TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "source-cidr" },
                RateLimit = new()
                {
                    Type = RateLimitType.Global,
                    Global = new()
                    {
                        Rules =
                        {
                            new()
                            {
                                ClientSelectors = { new() { SourceCIDR = new() { Type = SourceMatchType.Exact, Value = "192.168.1.10/32" } } },
                                Limit = new() { Requests = 100, Unit = RateLimitUnit.Minute },
                            },
                        },
                    },
                },
            },
        },
        // EG3005
        new BackendTrafficPolicy("target-namespace")
        {
            Metadata = { Namespace = "shop" },
            Spec =
            {
                TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "target-namespace" },
                LoadBalancer = new() { Type = LoadBalancerType.LeastRequest },
            },
        },
        // EG3006
        new BackendTrafficPolicy("global-block")
        {
            Metadata = { Namespace = "shop" },
            Spec =
            {
                TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "global-block" },
                RateLimit = new() { Type = RateLimitType.Global, Global = new() { Rules = { new() { Limit = new() { Requests = 100, Unit = "Minute" } } } } },
            },
        },
        // EG5001
        new BackendTrafficPolicy("metadata-name")
        {
            Metadata = { Namespace = "shop" },
            Spec =
            {
                TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "metadata-name" },
                LoadBalancer = new() { Type = LoadBalancerType.LeastRequest },
            },
        },
        // EG5002
        new BackendTrafficPolicy("metadata-namespace")
        {
            Metadata = { Namespace = "shop-prod" },
            Spec =
            {
                TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "metadata-namespace" },
                LoadBalancer = new() { Type = LoadBalancerType.LeastRequest },
            },
        },
        // EG5005
        new BackendTrafficPolicy("server-field")
        {
            Metadata = { Namespace = "shop" },
            Spec =
            {
                TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "server-field" },
                LoadBalancer = new() { Type = LoadBalancerType.LeastRequest },
            },
        },
        // EG5006
        new BackendTrafficPolicy("missing-namespace")
        {
            Spec =
            {
                TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "missing-namespace" },
                LoadBalancer = new() { Type = LoadBalancerType.LeastRequest },
            },
            Metadata = { Namespace = "default" },
        },
    };
}
