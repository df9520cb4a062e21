namespace EnvoyGateway.Dsl.Tool.Tests;

/// <summary><c>egdsl validate --suppress-cel-rule</c>: one CEL rule off by its key, the others still reported.</summary>
public sealed class SuppressCelRuleTests
{
    private const string FaultsKey = "BackendTrafficPolicy.spec.faultInjection@7800cbef";

    private const string TwoRulesFail = """
        apiVersion: gateway.envoyproxy.io/v1alpha1
        kind: BackendTrafficPolicy
        metadata:
          name: api
          namespace: shop
        spec:
          targetRefs:
          - group: gateway.networking.k8s.io
            kind: HTTPRoute
            name: api
          faultInjection: {}
          loadBalancer:
            type: Random
            slowStart:
              window: 10s
        """;

    [Fact]
    public void The_suppressed_rule_goes_and_the_other_stays()
    {
        using var folder = new TempFolder();
        var file = folder.Write("faults.yaml", TwoRulesFail);

        var all = CliRun.Of("validate", file);
        Assert.Equal(1, all.ExitCode);
        Assert.Equal(2, all.StdoutLines.Count(line => line.Contains("EG2100", StringComparison.Ordinal)));
        Assert.Contains($"(CEL rule {FaultsKey})", all.Stdout, StringComparison.Ordinal);

        var suppressed = CliRun.Of("validate", "--suppress-cel-rule", FaultsKey, file);
        Assert.Equal(1, suppressed.ExitCode);
        var line = Assert.Single(suppressed.StdoutLines, line => line.Contains("EG2100", StringComparison.Ordinal));
        Assert.Contains("spec.loadBalancer: Currently SlowStart is only supported", line, StringComparison.Ordinal);

        var both = CliRun.Of("validate", "--suppress-cel-rule", FaultsKey, "--suppress-cel-rule", line[(line.LastIndexOf("(CEL rule ", StringComparison.Ordinal) + 10)..^1], file);
        Assert.True(both.ExitCode == 0, both.ToString());
        Assert.DoesNotContain("EG2100", both.Stdout, StringComparison.Ordinal);
    }
}
