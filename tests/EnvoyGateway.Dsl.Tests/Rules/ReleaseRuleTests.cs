using EnvoyGateway.Dsl.GatewayApi;
using EnvoyGateway.Dsl.Gateway.V1Alpha1;
using static EnvoyGateway.Dsl.Tests.Rules.RuleAssert;

namespace EnvoyGateway.Dsl.Tests.Rules;

/// <summary>The generated schema walk per selected release: EG1006–EG1009 at build time, in C# and YAML words.</summary>
public class ReleaseRuleTests
{
    private static BackendTrafficPolicy WithTimeout()
    {
        var policy = ValidPolicy();
        policy.Spec.Timeout = new() { Tcp = new() { ConnectTimeout = "10s" } };
        return policy;
    }

    [Fact]
    public void EG1006_a_property_names_the_release_that_added_it()
    {
        var diagnostic = Assert.Single(WithTimeout().Validate(EnvoyGatewayVersion.V0_6), d => d.Id == "EG1006");
        Assert.Equal(ValidationSeverity.Error, diagnostic.Severity);
        Assert.Equal("spec.timeout", diagnostic.Path);
        Assert.Equal("Timeout is not available in Envoy Gateway 0.6; it was added in 1.0 (at spec.timeout)", diagnostic.Message);
        Assert.DoesNotContain(WithTimeout().Validate(EnvoyGatewayVersion.V1_0), d => d.Id == "EG1006");
    }

    [Fact]
    public void EG1006_a_value_names_the_release_that_added_it_and_the_newest_allows_it()
    {
        var policy = ValidPolicy();
        policy.FirstRule().Limit!.Unit = "Week";

        var diagnostic = Assert.Single(policy.Validate(EnvoyGatewayVersion.V1_8), d => d.Id == "EG1006");
        Assert.Equal("spec.rateLimit.global.rules[0].limit.unit", diagnostic.Path);
        Assert.Equal("'Week' for Unit is not available in Envoy Gateway 1.8; it was added in 1.9 (at spec.rateLimit.global.rules[0].limit.unit)", diagnostic.Message);
        Assert.DoesNotContain(policy.Validate(EnvoyGatewayVersion.V1_9), d => d.Id is "EG1006" or "EG1001");
    }

    [Fact]
    public void EG1006_a_property_removed_later_names_the_release_that_removed_it()
    {
        var policy = ValidPolicy();
        policy.Spec.TargetRef!.Namespace = "shop";
        var diagnostic = Assert.Single(policy.Validate(EnvoyGatewayVersion.V1_9), d => d.Id == "EG1006");
        Assert.Equal("spec.targetRef.namespace", diagnostic.Path);
        Assert.Contains("it was removed in 1.1", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EG1007_targetRef_is_deprecated_from_1_1_and_points_at_targetRefs()
    {
        var diagnostic = Assert.Single(ValidPolicy().Validate(EnvoyGatewayVersion.V1_9), d => d.Id == "EG1007" && d.Path == "spec.targetRef");
        Assert.Equal(ValidationSeverity.Warning, diagnostic.Severity);
        Assert.Equal("TargetRef is deprecated in Envoy Gateway 1.9: use TargetRefs instead (at spec.targetRef)", diagnostic.Message);
        Assert.DoesNotContain(ValidPolicy().Validate(EnvoyGatewayVersion.V1_0), d => d.Id == "EG1007");
        Assert.Equal(ValidationSeverity.Warning, Assert.Single(ValidPolicy().Validate(), d => d.Id == "EG1007" && d.Path == "spec.targetRef").Severity);
    }

    [Fact]
    public void EG1008_requests_below_the_minimum_of_the_release()
    {
        var policy = ValidPolicy();
        policy.FirstRule().Limit!.Requests = 0;

        var diagnostic = Assert.Single(policy.Validate(EnvoyGatewayVersion.V1_7), d => d.Id == "EG1008");
        Assert.Equal("0 is out of range for spec.rateLimit.global.rules[0].limit.requests: it must be between 1 and 4294967295", diagnostic.Message);
        Assert.DoesNotContain(policy.Validate(EnvoyGatewayVersion.V0_6), d => d.Id == "EG1008");
    }

    [Fact]
    public void EG1003_every_failing_pattern_of_a_quantity()
    {
        var policy = ValidPolicy();
        policy.Spec.Connection = new() { BufferLimit = "1m" };

        // "1m" is a Kubernetes quantity (one milli) but not one of Envoy Gateway's sizes: the allOf's second pattern fails.
        var diagnostic = Assert.Single(policy.Validate(EnvoyGatewayVersion.V1_9), d => d.Id == "EG1003");
        Assert.Equal("'1m' is not valid for spec.connection.bufferLimit: must match the pattern '^[1-9]+[0-9]*([EPTGMK]i|[EPTGMk])?$'", diagnostic.Message);

        policy.Spec.Connection.BufferLimit = "20Mi";
        Assert.DoesNotContain(policy.Validate(EnvoyGatewayVersion.V1_9), d => d.Id == "EG1003");
    }

    [Fact]
    public void EG1003_patterns_mean_what_go_s_regexp_means()
    {
        // '^[^\r\n\x00]*$': .NET's '$' also matches before a final newline, RE2's (the API server's) does not.
        var policy = ValidPolicy();
        policy.Spec.BandwidthLimit = new() { Response = new() { ResponseTrailers = new() { Prefix = "x-eg\n" } } };

        var diagnostic = Assert.Single(policy.Validate(EnvoyGatewayVersion.V1_9), d => d.Id == "EG1003" && d.Path.EndsWith("prefix", StringComparison.Ordinal));
        Assert.Equal("spec.bandwidthLimit.response.responseTrailers.prefix", diagnostic.Path);

        policy.Spec.BandwidthLimit.Response.ResponseTrailers.Prefix = "x-eg";
        Assert.DoesNotContain(policy.Validate(EnvoyGatewayVersion.V1_9), d => d.Id == "EG1003");
    }

    [Fact]
    public void EG1008_number_list_items_outside_their_bounds()
    {
        var policy = ValidPolicy();
        policy.Spec.HealthCheck = new() { Active = new() { Type = "HTTP", Http = new() { Path = "/healthz", ExpectedStatuses = { 200, 99, 600 } } } };

        var found = policy.Validate(EnvoyGatewayVersion.V1_9).Where(d => d.Id == "EG1008").Select(d => d.Message).ToArray();
        Assert.Equal(
            ["99 is out of range for spec.healthCheck.active.http.expectedStatuses[1]: it must be between 100 and 599", "600 is out of range for spec.healthCheck.active.http.expectedStatuses[2]: it must be between 100 and 599"],
            found);
    }

    [Fact]
    public void EG1009_too_many_infrastructure_labels_on_a_gateway()
    {
        var gateway = new EnvoyGateway.Dsl.GatewayApi.Gateway("eg")
        {
            Metadata = { Namespace = "shop" },
            Spec =
            {
                GatewayClassName = "eg",
                Listeners = { new() { Name = "http", Port = 80, Protocol = "HTTP" } },
                Infrastructure = new(),
            },
        };
        for (var i = 0; i < 17; i++)
        {
            gateway.Spec.Infrastructure.Labels["l" + i] = "v";
        }

        var diagnostic = Assert.Single(gateway.Validate(EnvoyGatewayVersion.V1_9), d => d.Id == "EG1009");
        Assert.StartsWith("spec.infrastructure.labels has 17 entries; it must have at most ", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("at most", Assert.Single(gateway.Validate(EnvoyGatewayVersion.V1_0), d => d.Id == "EG1009").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EG1003_map_values_of_a_gateway_s_infrastructure_labels()
    {
        var gateway = new EnvoyGateway.Dsl.GatewayApi.Gateway("eg")
        {
            Metadata = { Namespace = "shop" },
            Spec =
            {
                GatewayClassName = "eg",
                Listeners = { new() { Name = "http", Port = 80, Protocol = "HTTP" } },
                Infrastructure = new() { Labels = { ["team"] = "edge", ["owner"] = "-platform-" } },
            },
        };

        var diagnostic = Assert.Single(gateway.Validate(EnvoyGatewayVersion.V1_9), d => d.Id == "EG1003");
        Assert.StartsWith("'-platform-' is not valid for spec.infrastructure.labels.owner: must match the pattern", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gateway_api_kind_is_walked_too()
    {
        var route = new HTTPRoute("api") { Metadata = { Namespace = "shop" } };
        route.Spec.Hostnames.Add("Not A Host!");
        var diagnostics = route.Validate();
        Assert.Contains(diagnostics, d => d.Id == "EG1003" && d.Path == "spec.hostnames[0]");
    }

    [Fact]
    public void The_newest_release_is_the_default()
    {
        var policy = WithTimeout();
        Assert.Equal(policy.Validate(EnvoyGatewayVersion.Newest).Select(d => d.Message), policy.Validate().Select(d => d.Message));
    }
}
