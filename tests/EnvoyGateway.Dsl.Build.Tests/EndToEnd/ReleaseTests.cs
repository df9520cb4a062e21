namespace EnvoyGateway.Dsl.Build.Tests.EndToEnd;

/// <summary>
/// EnvoyGatewayVersion as a new user meets it (issue 10): one project, the release switched on the
/// command line (a global property overrides the project's), each build checking what that release says.
/// </summary>
[Collection(PackedPackageCollection.Name)]
public sealed class ReleaseTests(PackedPackage package)
{
    private const string TimeoutSource = PolicySource.Usings + """
        public static class Edge
        {
            public static ManifestSet Production { get; } = new()
            {
                new BackendTrafficPolicy("api")
                {
                    Metadata = { Namespace = "shop" },
                    Spec =
                    {
                        TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "api" },
                        Timeout = new() { Tcp = new() { ConnectTimeout = "2s" } },
                    },
                },
            };
        }

        """;

    [Fact]
    public void Each_release_reports_what_it_lacks_or_deprecates_and_an_unsupported_one_fails_first()
    {
        var project = new ConsumerProject(package, "PoliciesRelease", "<EnvoyGatewayVersion>1.9</EnvoyGatewayVersion>");
        var timeoutFile = project.Write("Timeout.cs", TimeoutSource);
        project.Write("Week.cs", PolicySource.Usings + PolicySource.Class("Limits", "Weekly", PolicySource.Policy("weekly", unit: "RateLimitUnit.Week")));

        var v06 = project.Build("-p:EnvoyGatewayVersion=0.6");
        Assert.NotEqual(0, v06.ExitCode);
        Assert.Contains("error EG1006: Timeout is not available in Envoy Gateway 0.6; it was added in 1.0", v06.Output, StringComparison.Ordinal);
        Assert.Contains("error EG1006: 'Week' for Unit is not available in Envoy Gateway 0.6; it was added in 1.9", v06.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("EG1007", v06.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("CS9057", v06.Output, StringComparison.Ordinal);

        var v18 = project.Build("-p:EnvoyGatewayVersion=1.8");
        Assert.NotEqual(0, v18.ExitCode);
        Assert.Contains("error EG1006: 'Week' for Unit is not available in Envoy Gateway 1.8; it was added in 1.9", v18.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Timeout is not available", v18.Output, StringComparison.Ordinal);

        var unsupported = project.Build("-p:EnvoyGatewayVersion=2.0");
        Assert.NotEqual(0, unsupported.ExitCode);
        Assert.Contains("error EG9007: EnvoyGatewayVersion '2.0' is not a supported Envoy Gateway version; supported: 0.6, 1.0, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7, 1.8, 1.9 (default: 1.9).", unsupported.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("EG1006", unsupported.Output, StringComparison.Ordinal);

        var v19 = project.Build();
        Assert.True(v19.ExitCode == 0, v19.ToString());
        Assert.DoesNotContain("EG1006", v19.Output, StringComparison.Ordinal);
        Assert.Contains("warning EG1007: TargetRef is deprecated in Envoy Gateway 1.9: use TargetRefs instead (deprecated since 1.1) (at BackendTrafficPolicySpec.TargetRef)", v19.Output, StringComparison.Ordinal);

        File.Delete(Path.Combine(project.Directory, "Week.cs"));
        var clean = project.Build();
        Assert.True(clean.ExitCode == 0, clean.ToString());
        Assert.DoesNotContain("error", clean.Output, StringComparison.Ordinal);
        Assert.Contains("warning EG1007: TargetRef is deprecated", clean.Output, StringComparison.Ordinal);

        var fix = DotnetCli.Run("dotnet", project.Directory, package.Environment, ["format", "analyzers", project.ProjectFile, "--diagnostics", "EG1007"]);
        Assert.True(fix.ExitCode == 0, fix.ToString());
        var fixedSource = File.ReadAllText(timeoutFile);
        Assert.Contains("""TargetRefs = { new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "api" } },""", fixedSource, StringComparison.Ordinal);
        Assert.DoesNotContain("TargetRef =", fixedSource, StringComparison.Ordinal);
    }

    private const string FaultsKey = "BackendTrafficPolicy.spec.faultInjection@7800cbef";

    private static string FaultPolicy(string name, string faults) => $$"""
                new BackendTrafficPolicy("{{name}}")
                {
                    Metadata = { Namespace = "shop" },
                    Spec =
                    {
                        TargetRefs = { new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "api" } },
                        FaultInjection = {{faults}},
                    },
                },
        """;

    [Fact]
    public void A_CEL_rule_fails_the_build_from_the_analyzer_or_the_emitter_and_one_rule_can_be_switched_off()
    {
        var project = new ConsumerProject(package, "PoliciesCel", "<EnvoyGatewayVersion>1.9</EnvoyGatewayVersion>");
        project.Write("Computed.cs", PolicySource.Usings + $$"""
            public static class Computed
            {
                public static ManifestSet ComputedFaults { get; } = new()
                {
            {{FaultPolicy("computed", "NoFault()")}}
                };

                private static FaultInjection NoFault() => new();
            }

            """);

        // Not a constant: the analyzer stays silent, the emitter's validation reports it at the creation.
        var computed = project.Build();
        Assert.NotEqual(0, computed.ExitCode);
        Assert.Contains("Computed.cs(", computed.Output, StringComparison.Ordinal);
        Assert.Contains($"error EG2100: spec.faultInjection: Delay and abort faults are set at least one. (CEL rule {FaultsKey})", computed.Output, StringComparison.Ordinal);

        // A constant: the analyzer reports it while compiling, at the value.
        project.Write("Constant.cs", PolicySource.Usings + $$"""
            public static class Constant
            {
                public static ManifestSet ConstantFaults { get; } = new()
                {
            {{FaultPolicy("constant", "new()")}}
                };
            }

            """);
        var constant = project.Build();
        Assert.NotEqual(0, constant.ExitCode);
        Assert.Contains("Constant.cs(16,", constant.Output, StringComparison.Ordinal);
        Assert.Contains($"error EG2100: spec.faultInjection: Delay and abort faults are set at least one. (CEL rule {FaultsKey})", constant.Output, StringComparison.Ordinal);

        // That one rule switched off: neither the analyzer nor the emitter reports it; the manifests are written.
        var suppressed = project.Build($"-p:EnvoyGatewaySuppressedCelRules={FaultsKey}");
        Assert.True(suppressed.ExitCode == 0, suppressed.ToString());
        Assert.DoesNotContain("EG2100", suppressed.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(project.Directory, "bin", "Debug", "net10.0", "manifests", "ComputedFaults", "kustomization.yaml")), suppressed.ToString());
    }
}
