using EnvoyGateway.Dsl.Gateway.V1Alpha1;

namespace EnvoyGateway.Dsl.Tests.Rules;

/// <summary>Builders and assertions shared by the rule tests.</summary>
internal static class RuleAssert
{
    /// <summary>A policy that breaks no rule; tests change one thing at a time.</summary>
    public static BackendTrafficPolicy ValidPolicy(string name = "api") => new(name)
    {
        Metadata = { Namespace = "shop", Labels = { ["team"] = "edge" } },
        Spec =
        {
            TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "api" },
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
                            ClientSelectors =
                            {
                                new() { Headers = { new() { Name = "x-user-id", Type = HeaderMatchType.Distinct } } },
                                new() { SourceCIDR = new() { Type = SourceMatchType.Distinct, Value = "10.0.0.0/8" } },
                            },
                            Limit = new() { Requests = 100, Unit = RateLimitUnit.Minute },
                        },
                    },
                },
            },
        },
    };

    public static RateLimitRule FirstRule(this BackendTrafficPolicy policy) => policy.Spec.RateLimit!.Global!.Rules[0];

    /// <summary>Asserts exactly one diagnostic of <paramref name="id"/> and returns it.</summary>
    public static ValidationDiagnostic Single(KubernetesObject resource, string id, ValidationSeverity severity, string path, params string[] messageParts)
    {
        var all = resource.Validate(EnvoyGatewayVersion.V0_6);
        var matching = all.Where(d => d.Id == id).ToList();
        Assert.True(matching.Count == 1, $"expected one {id}, got: {Describe(all)}");
        var diagnostic = matching[0];
        Assert.Equal(severity, diagnostic.Severity);
        Assert.Equal(path, diagnostic.Path);
        Assert.Contains(path, diagnostic.Message, StringComparison.Ordinal);
        foreach (var part in messageParts)
        {
            Assert.Contains(part, diagnostic.Message, StringComparison.Ordinal);
        }

        Assert.EndsWith($"docs/rules/{id}.md", diagnostic.HelpLink, StringComparison.Ordinal);
        return diagnostic;
    }

    /// <summary>Asserts that the resource yields no diagnostic of <paramref name="id"/>.</summary>
    public static void None(KubernetesObject resource, string id)
    {
        var all = resource.Validate(EnvoyGatewayVersion.V0_6);
        Assert.True(all.All(d => d.Id != id), $"expected no {id}, got: {Describe(all)}");
    }

    /// <summary>Asserts that the resource yields no Error and no Warning.</summary>
    public static void Clean(KubernetesObject resource) => Clean(resource.Validate(EnvoyGatewayVersion.V0_6));

    public static void Clean(IReadOnlyList<ValidationDiagnostic> diagnostics)
    {
        var serious = diagnostics.Where(d => d.Severity != ValidationSeverity.Info).ToList();
        Assert.True(serious.Count == 0, $"expected no error or warning, got: {Describe(serious)}");
    }

    public static string Describe(IEnumerable<ValidationDiagnostic> diagnostics)
    {
        var lines = diagnostics.Select(d => $"{d.Id} {d.Path}: {d.Message}").ToList();
        return lines.Count == 0 ? "(none)" : Environment.NewLine + string.Join(Environment.NewLine, lines);
    }
}
