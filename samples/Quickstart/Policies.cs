using EnvoyGateway.Dsl;
using EnvoyGateway.Dsl.Gateway.V1Alpha1;

namespace Quickstart;

/// <summary>Placeholder until the quickstart policies land: one valid policy, so the build writes a folder.</summary>
public static class Policies
{
    public static ManifestSet Production { get; } = new()
    {
        new BackendTrafficPolicy("api-ratelimit")
        {
            Metadata = { Namespace = "shop", Labels = { ["team"] = "edge" } },
            Spec =
            {
                TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "api" },
                RateLimit = new()
                {
                    Type = "Global",
                    Global = new()
                    {
                        Rules =
                        {
                            new()
                            {
                                ClientSelectors = { new() { Headers = { new() { Name = "x-user-id", Type = "Distinct" } } } },
                                Limit = new() { Requests = 100, Unit = "Minute" },
                            },
                        },
                    },
                },
            },
        },
    };
}
