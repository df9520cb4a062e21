namespace EnvoyGateway.Dsl.Tool.Tests;

/// <summary><c>--envoy-gateway-version</c> on validate and import: the MSBuild property's values and default.</summary>
public class ReleaseOptionTests
{
    private const string Supported = "supported: 0.6, 1.0, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7, 1.8, 1.9 (default: 1.9)";

    [Theory]
    [InlineData("validate")]
    [InlineData("import")]
    public void An_unsupported_release_is_a_usage_error_listing_the_supported_ones(string command)
    {
        using var folder = new TempFolder();
        var run = CliRun.Of(command, "--envoy-gateway-version", "2.0", folder.Write("valid.yaml", Inputs.Valid));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Contains($"error: '2.0' is not a supported Envoy Gateway version; {Supported}.", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0.6")]
    [InlineData("1.9")]
    public void Validate_accepts_a_supported_release(string release)
    {
        using var folder = new TempFolder();
        var run = CliRun.Of("validate", "--envoy-gateway-version", release, folder.Write("valid.yaml", Inputs.Valid));

        Assert.True(run.ExitCode == 0, run.ToString());
    }

    [Fact]
    public void Without_the_option_a_v0_6_document_is_checked_against_the_newest_release()
    {
        using var folder = new TempFolder();
        var file = folder.Write("valid.yaml", Inputs.Valid);

        var run = CliRun.Of("validate", file);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(
            [
                $"{file}(7,3): warning EG1007: spec.targetRef is deprecated in Envoy Gateway 1.9: use spec.targetRefs instead (at spec.targetRef)",
                $"{file}(12,11): warning EG1007: spec.rateLimit.type is deprecated in Envoy Gateway 1.9: remove spec.rateLimit.type (at spec.rateLimit.type)",
            ],
            run.StdoutLines);
    }

    [Fact]
    public void Import_accepts_a_supported_release()
    {
        using var folder = new TempFolder();
        var run = CliRun.Of("import", "--envoy-gateway-version", "0.6", folder.Write("valid.yaml", Inputs.Valid));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("new BackendTrafficPolicy(", run.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("import")]
    public void Help_names_the_option_with_the_supported_releases(string command)
    {
        var run = CliRun.Of(command, "--help");

        Assert.Contains("--envoy-gateway-version", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("0.6, 1.0, 1.1", run.Stdout, StringComparison.Ordinal);
    }
}
