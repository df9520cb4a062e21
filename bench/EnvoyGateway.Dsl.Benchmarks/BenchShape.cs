using System.Globalization;
using EnvoyGateway.Dsl.Gateway.V1Alpha1;

namespace EnvoyGateway.Dsl.Benchmarks;

/// <summary>
/// The benchmark workload: realistic policies like the items of the jsonnet oracle 08_list_yaml
/// (namespace, two labels, an HTTPRoute target, LeastRequest load balancing, one global rate-limit rule
/// selecting a Distinct <c>x-user-id</c> header and the 10.0.0.0/8 source range, 100 per minute),
/// named <c>rl-00000</c>… and targeting <c>route-00000</c>….
/// </summary>
public static class BenchShape
{
    /// <summary><paramref name="count"/> policies of the benchmark shape, in name order.</summary>
    public static ManifestSet Create(int count)
    {
        var set = new ManifestSet();
        for (var i = 0; i < count; i++)
        {
            set.Add(Policy(i));
        }

        return set;
    }

    /// <summary>The YAML stream of <see cref="Create"/>, as <see cref="ManifestSet.ToYaml"/> writes it.</summary>
    public static string Yaml(int count) => Create(count).ToYaml();

    /// <summary>
    /// <paramref name="count"/> policies of the v1.9 bench shape: the shape above plus a timeout (TCP connect,
    /// HTTP request and idle), a retry (5xx and reset, backoff), a circuit breaker and active HTTP and
    /// passive health checks (issue 10).
    /// </summary>
    public static ManifestSet CreateV19(int count)
    {
        var set = new ManifestSet();
        for (var i = 0; i < count; i++)
        {
            var policy = Policy(i);
            AddV19Features(policy.Spec);
            set.Add(policy);
        }

        return set;
    }

    private static void AddV19Features(BackendTrafficPolicySpec spec)
    {
        spec.Timeout = new()
        {
            Tcp = new() { ConnectTimeout = "2s" },
            Http = new() { RequestTimeout = "10s", ConnectionIdleTimeout = "60s" },
        };
        spec.Retry = new()
        {
            NumRetries = 3,
            RetryOn = new() { Triggers = { TriggerEnum.V5xx, TriggerEnum.Reset }, HttpStatusCodes = { 503 } },
            PerRetry = new() { Timeout = "2s", BackOff = new() { BaseInterval = "100ms", MaxInterval = "1s" } },
        };
        spec.CircuitBreaker = new() { MaxConnections = 1024, MaxPendingRequests = 256, MaxParallelRequests = 512 };
        spec.HealthCheck = new()
        {
            Active = new()
            {
                Type = "HTTP",
                Timeout = "1s",
                Interval = "5s",
                UnhealthyThreshold = 3,
                HealthyThreshold = 1,
                Http = new() { Path = "/healthz", ExpectedStatuses = { 200 } },
            },
            Passive = new() { ConsecutiveGatewayErrors = 5, Interval = "10s", BaseEjectionTime = "30s" },
        };
    }

    private static BackendTrafficPolicy Policy(int index)
    {
        var suffix = index.ToString("D5", CultureInfo.InvariantCulture);
        var route = "route-" + suffix;
        return new BackendTrafficPolicy("rl-" + suffix)
        {
            Metadata =
            {
                Namespace = "shop",
                Labels = { ["app.kubernetes.io/part-of"] = "shop", ["route"] = route },
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
                                ClientSelectors =
                                {
                                    new() { Headers = { new() { Name = "x-user-id", Type = HeaderMatchType.Distinct } } },
                                    new() { SourceCIDR = new() { Value = "10.0.0.0/8" } },
                                },
                                Limit = new() { Requests = 100, Unit = RateLimitUnit.Minute },
                            },
                        },
                    },
                },
            },
        };
    }
}
