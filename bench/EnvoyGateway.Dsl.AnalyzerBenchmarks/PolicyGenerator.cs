using System.Globalization;
using System.Text;

namespace EnvoyGateway.Dsl.AnalyzerBenchmarks;

/// <summary>
/// Writes C# files of constant, valid policies, the way a user with many services would write them for the newest
/// release (the default): <c>TargetRefs</c> and no rate-limit <c>Type</c>, whose v0.6 spellings are deprecated
/// there. Until 2026-12-03 it wrote those spellings, so every build measured also reported 4,000 EG1007 warnings
/// (docs/performance.md has the figures of both shapes).
/// </summary>
internal static class PolicyGenerator
{
    public static string File(string className, int first, int count, bool withOneWarning = false)
    {
        var source = new StringBuilder();
        source.AppendLine("using EnvoyGateway.Dsl;\nusing EnvoyGateway.Dsl.Gateway.V1Alpha1;\n");
        source.Append("public static class ").Append(className).AppendLine("\n{\n    public static ManifestSet Set => [");
        for (var i = first; i < first + count; i++)
        {
            var requests = withOneWarning && i == first ? 0 : 10 + i;
            source.AppendLine(string.Create(CultureInfo.InvariantCulture, $$"""
                        new BackendTrafficPolicy("svc-{{i}}")
                        {
                            Metadata = { Namespace = "shop", Labels = { ["app"] = "svc-{{i}}" } },
                            Spec =
                            {
                                TargetRefs = { new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "svc-{{i}}" } },
                                LoadBalancer = new() { Type = LoadBalancerType.ConsistentHash, ConsistentHash = new() { Type = ConsistentHashType.SourceIP } },
                                RateLimit = new()
                                {
                                    Global = new()
                                    {
                                        Rules =
                                        {
                                            new() { ClientSelectors = { new() { Headers = { new() { Name = "x-user", Type = "Distinct" } } } }, Limit = new() { Requests = {{requests}}, Unit = RateLimitUnit.Minute } },
                                            new() { ClientSelectors = { new() { SourceCIDR = new() { Value = "10.0.0.0/8" } } }, Limit = new() { Requests = 1000, Unit = "Hour" } },
                                        },
                                    },
                                },
                            },
                        },
                """));
        }

        source.AppendLine("    ];\n}");
        return source.ToString();
    }
}
