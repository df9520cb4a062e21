using EnvoyGateway.Dsl;
using EnvoyGateway.Dsl.Gateway.V1Alpha1;
using EnvoyGateway.Dsl.GatewayApi;
using HeaderMatchType = EnvoyGateway.Dsl.Gateway.V1Alpha1.HeaderMatchType;

namespace Quickstart;

/// <summary>
/// The shop's gateway and traffic policies for Envoy Gateway 1.9 (the project's <c>EnvoyGatewayVersion</c>). Each
/// <see cref="ManifestSet"/> property is one output folder (<c>Staging/</c>, <c>Production/</c>) with a
/// kustomization.yaml: <c>kubectl apply -k</c> it. Both environments are built by the same methods, so they differ
/// only where <see cref="Stage"/> says. The set declares the Gateway and its HTTPRoutes too, so every policy's
/// target is checked while you type: aim a policy at a route that is not declared and it is red (EG4003).
/// </summary>
public static class Policies
{
    // The routes and their per-minute limits at Scale 1: per user (x-user-id header) and per client IP.
    // Declared before the sets: static initializers run in source order.
    private static readonly (string Route, uint PerUser, uint PerIp)[] Routes =
    [
        ("cart", 60, 120),
        ("checkout", 10, 30),
        ("search", 120, 300),
    ];

    /// <summary>Staging: small limits, to catch clients that would hit production's.</summary>
    public static ManifestSet Staging { get; } = For(new Stage("staging", Namespace: "shop-staging", Gateway: "eg", Scale: 1));

    /// <summary>Production: the same routes and rules, ten times the limits.</summary>
    public static ManifestSet Production { get; } = For(new Stage("production", Namespace: "shop", Gateway: "eg", Scale: 10));

    /// <summary>
    /// One environment: the Gateway and a route per service, gateway-wide load balancing, then one rate-limit
    /// policy per route.
    /// </summary>
    public static ManifestSet For(Stage stage)
    {
        var set = new ManifestSet { ShopGateway(stage.Gateway, stage.Namespace) };
        foreach (var (route, _, _) in Routes)
        {
            set.Add(ServiceRoute(route, stage.Gateway, stage.Namespace));
        }

        set.Add(GatewayLoadBalancing(stage.Gateway, stage.Namespace));
        foreach (var (route, perUser, perIp) in Routes)
        {
            set.Add(RouteLimits(route, perUser * stage.Scale, perIp * stage.Scale, stage.Namespace));
        }

        foreach (var resource in set)
        {
            resource.Metadata.Labels["environment"] = stage.Name;
        }

        return set;
    }

    /// <summary>The shop's Gateway (class <c>eg</c>, Envoy Gateway's default) with one HTTP listener.</summary>
    public static Gateway ShopGateway(string name, string ns) => new(name)
    {
        Metadata = { Namespace = ns },
        Spec =
        {
            GatewayClassName = "eg",
            Listeners = { new() { Name = "http", Protocol = "HTTP", Port = 80 } },
        },
    };

    /// <summary>Requests under <c>/<paramref name="service"/></c> go to the Service of that name on port 8080.</summary>
    public static HTTPRoute ServiceRoute(string service, string gateway, string ns) => new(service)
    {
        Metadata = { Namespace = ns },
        Spec =
        {
            ParentRefs = { new() { Name = gateway, SectionName = "http" } },
            Rules =
            {
                new()
                {
                    Matches = { new() { Path = new() { Type = PathMatchType.PathPrefix, Value = "/" + service } } },
                    BackendRefs = { new() { Name = service, Port = 8080 } },
                },
            },
        },
    };

    /// <summary>
    /// Least-request load balancing for every route of the Gateway. A policy attached to a route (below)
    /// takes precedence over this Gateway-wide one.
    /// </summary>
    public static BackendTrafficPolicy GatewayLoadBalancing(string gateway, string ns) => new($"{gateway}-load-balancing")
    {
        Metadata = { Namespace = ns, Labels = { ["app.kubernetes.io/part-of"] = "shop" } },
        Spec =
        {
            TargetRefs = { Target("Gateway", gateway) },
            LoadBalancer = new() { Type = LoadBalancerType.LeastRequest },
        },
    };

    /// <summary>
    /// Per-minute limits on one HTTPRoute: <paramref name="perUser"/> requests per distinct <c>x-user-id</c>
    /// header value, and <paramref name="perIp"/> requests per client IPv4 address. Two rules, because the
    /// selectors of one rule must all match (and only one sourceCIDR selector per rule takes effect).
    /// </summary>
    public static BackendTrafficPolicy RouteLimits(string route, uint perUser, uint perIp, string ns) => new($"{route}-rate-limit")
    {
        Metadata = { Namespace = ns, Labels = { ["app.kubernetes.io/part-of"] = "shop", ["route"] = route } },
        Spec =
        {
            TargetRefs = { Target("HTTPRoute", route) },
            RateLimit = new()
            {
                Global = new()
                {
                    Rules =
                    {
                        PerMinute(perUser, new() { Headers = { new() { Name = "x-user-id", Type = HeaderMatchType.Distinct } } }),
                        PerMinute(perIp, new() { SourceCIDR = new() { Type = SourceMatchType.Distinct, Value = "0.0.0.0/0" } }),
                    },
                },
            },
        },
    };

    private static RateLimitRule PerMinute(uint requests, RateLimitSelectCondition selector) => new()
    {
        ClientSelectors = { selector },
        Limit = new() { Requests = requests, Unit = RateLimitUnit.Minute },
    };

    // targetRefs have no namespace: a policy attaches to targets in its own namespace.
    private static LocalPolicyTargetReferenceWithSectionName Target(string kind, string name) => new() { Group = "gateway.networking.k8s.io", Kind = kind, Name = name };
}

/// <summary>One deployment environment: where its policies go and how much its limits scale.</summary>
/// <param name="Name">Written as the <c>environment</c> label.</param>
/// <param name="Namespace">The namespace of the Gateway, the routes and the policies.</param>
/// <param name="Gateway">The name of the Gateway whose load balancing is set.</param>
/// <param name="Scale">Multiplies every per-minute limit.</param>
public sealed record Stage(string Name, string Namespace, string Gateway, uint Scale);
