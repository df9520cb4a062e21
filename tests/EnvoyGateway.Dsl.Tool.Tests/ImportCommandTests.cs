namespace EnvoyGateway.Dsl.Tool.Tests;

public class ImportCommandTests
{
    [Fact]
    public void The_generated_code_is_what_a_person_would_write()
    {
        using var folder = new TempFolder();
        var file = folder.Write("rl.yaml", """
            # The first of the bench's policies.
            apiVersion: gateway.envoyproxy.io/v1alpha1
            kind: BackendTrafficPolicy
            metadata:
              name: rl-00000
              namespace: shop
              labels: { app: web, tier: edge }
            spec:
              targetRef: { group: gateway.networking.k8s.io, kind: HTTPRoute, name: route-00000 }
              loadBalancer: { type: LeastRequest }
              rateLimit:
                type: Global
                global:
                  rules:
                  - clientSelectors:
                    - headers: [{ name: x-user-id, type: Distinct }]
                      sourceCIDR: { value: 10.0.0.0/8 }
                    limit: { requests: 100, unit: Minute }
            """);

        var code = ImportRunner.AssertRoundTrip(file);

        Assert.Equal("""
            // Imported by egdsl from rl.yaml; YAML comments were not carried over.
            using EnvoyGateway.Dsl;
            using EnvoyGateway.Dsl.Gateway.V1Alpha1;

            namespace Manifests;

            /// <summary>Resources imported from rl.yaml.</summary>
            public static class Policies
            {
                /// <summary>The imported resources, in input order.</summary>
                public static ManifestSet Imported { get; } = new()
                {
                    new BackendTrafficPolicy("rl-00000")
                    {
                        Metadata = { Namespace = "shop", Labels = { ["app"] = "web", ["tier"] = "edge" } },
                        Spec =
                        {
                            TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "route-00000" },
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
                                                new()
                                                {
                                                    Headers = { new() { Name = "x-user-id", Type = HeaderMatchType.Distinct } },
                                                    SourceCIDR = new() { Value = "10.0.0.0/8" },
                                                },
                                            },
                                            Limit = new() { Requests = 100, Unit = RateLimitUnit.Minute },
                                        },
                                    },
                                },
                            },
                        },
                    },
                };
            }

            """.ReplaceLineEndings("\n"), code);
    }

    [Fact]
    public void Names_and_output_file_are_the_users_choice()
    {
        using var folder = new TempFolder();
        var input = folder.Write("in.yaml", Inputs.Valid);
        var output = Path.Combine(folder.Path, "ShopPolicies.cs");

        var run = CliRun.Of("import", input, "--namespace", "Shop.Gateway", "--class", "ShopPolicies", "--set", "All", "-o", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("", run.Stdout);
        Assert.Contains("Imported 1 resource from 1 file into " + output, run.Stderr, StringComparison.Ordinal);
        var code = File.ReadAllText(output);
        Assert.Contains("namespace Shop.Gateway;", code, StringComparison.Ordinal);
        Assert.Equal(ManifestSet.ParseFile(input).ToYaml(), GeneratedCode.EmitYaml(code, "Shop.Gateway.ShopPolicies", "All"));
    }

    [Fact]
    public void Invalid_values_stay_visible_as_literals_next_to_named_constants()
    {
        using var folder = new TempFolder();
        var code = ImportRunner.AssertRoundTrip(folder.Write("invalid.yaml", Inputs.Invalid));

        Assert.Contains("Type = HeaderMatchType.Distinct,", code, StringComparison.Ordinal);
        Assert.Contains("Value = \"alice\",", code, StringComparison.Ordinal);
        Assert.Contains("Limit = new() { Requests = 0, Unit = \"Minutes\" }", code, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_input_is_an_empty_set()
    {
        using var folder = new TempFolder();
        var code = ImportRunner.AssertRoundTrip(folder.Write("empty.yaml", "# nothing yet\n"));

        Assert.Contains("public static ManifestSet Imported { get; } = new();", code, StringComparison.Ordinal);
    }

    [Fact]
    public void Input_the_parser_refuses_is_refused_with_file_line_and_reason_and_exit_2()
    {
        using var folder = new TempFolder();
        var file = folder.Write("unknown-field.yaml", Inputs.UnknownField);

        var run = CliRun.Of("import", file);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Contains($"{file}(5,3): error EGDSL001: unknown field \"nmespace\" in metadata", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Dash_reads_standard_input_and_the_code_names_it()
    {
        using var folder = new TempFolder();
        var output = Path.Combine(folder.Path, "Policies.cs");

        var run = CliRun.WithInput(Inputs.Valid, "import", "-", "-o", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Imported 1 resource from 1 file into " + output, run.Stderr, StringComparison.Ordinal);
        var code = File.ReadAllText(output);
        Assert.StartsWith("// Imported by egdsl from <stdin>;", code, StringComparison.Ordinal);
        Assert.Equal(ManifestSet.Parse(Inputs.Valid).ToYaml(), GeneratedCode.EmitYaml(code, "Manifests.Policies", "Imported"));
    }

    [Fact]
    public void Standard_input_the_parser_refuses_is_named_stdin()
    {
        var run = CliRun.WithInput(Inputs.UnknownField, "import", "-");

        Assert.Equal((2, ""), (run.ExitCode, run.Stdout));
        Assert.Contains("<stdin>(5,3): error EGDSL001: unknown field \"nmespace\" in metadata", run.Stderr, StringComparison.Ordinal);
    }
}
