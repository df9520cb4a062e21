using EnvoyGateway.Dsl.Gateway.V1Alpha1;
using static EnvoyGateway.Dsl.Tests.Rules.RuleAssert;

namespace EnvoyGateway.Dsl.Tests.Rules;

public class MetadataRuleTests
{
    [Theory]
    [InlineData("Bad_Name!", "bad-name")]
    [InlineData("UPPER", "upper")]
    [InlineData("-leading", "leading")]
    public void EG5001_name_must_be_a_DNS_subdomain_and_suggests_one(string name, string suggestion)
    {
        var policy = ValidPolicy(name);
        Single(policy, "EG5001", ValidationSeverity.Error, "metadata.name", $"'{name}'", $"for example '{suggestion}'");
    }

    [Fact]
    public void EG5001_missing_or_too_long_name()
    {
        var missing = ValidPolicy();
        missing.Metadata.Name = null;
        Single(missing, "EG5001", ValidationSeverity.Error, "metadata.name", "must not be empty");

        Single(ValidPolicy(new string('a', 254)), "EG5001", ValidationSeverity.Error, "metadata.name", "253");
        None(ValidPolicy("a.b-c.d"), "EG5001");
    }

    [Theory]
    [InlineData("NS WITH SPACES")]
    [InlineData("a.b")]
    public void EG5002_namespace_must_be_a_DNS_label(string ns)
    {
        var policy = ValidPolicy();
        policy.Metadata.Namespace = ns;
        Single(policy, "EG5002", ValidationSeverity.Error, "metadata.namespace", $"'{ns}'");
    }

    [Theory]
    [InlineData("app.kubernetes.io/part-of", "shop", true)]
    [InlineData("team", "", true)]
    [InlineData("bad key", "x", false)]
    [InlineData("Example.com/x", "x", false)]
    [InlineData("ok", "not ok", false)]
    [InlineData("ok", "-x", false)]
    public void EG5003_label_keys_and_values(string key, string value, bool valid)
    {
        var policy = ValidPolicy();
        policy.Metadata.Labels[key] = value;
        if (valid)
        {
            None(policy, "EG5003");
        }
        else
        {
            Single(policy, "EG5003", ValidationSeverity.Error, "metadata.labels", "is invalid");
        }
    }

    [Fact]
    public void EG5003_label_value_longer_than_63()
    {
        var policy = ValidPolicy();
        policy.Metadata.Labels["team"] = new string('a', 64);
        Single(policy, "EG5003", ValidationSeverity.Error, "metadata.labels", "value", "63");
    }

    [Fact]
    public void EG5004_annotation_key_and_total_size()
    {
        var key = ValidPolicy();
        key.Metadata.Annotations["not a key"] = "x";
        Single(key, "EG5004", ValidationSeverity.Error, "metadata.annotations", "'not a key'");

        var size = ValidPolicy();
        size.Metadata.Annotations["example.com/blob"] = new string('x', 256 * 1024);
        Single(size, "EG5004", ValidationSeverity.Error, "metadata.annotations", "262144");

        var fits = ValidPolicy();
        fits.Metadata.Annotations["example.com/blob"] = new string('x', (256 * 1024) - "example.com/blob".Length);
        None(fits, "EG5004");
    }

    [Fact]
    public void EG5005_every_server_populated_field_warns()
    {
        var policy = ValidPolicy();
        var meta = policy.Metadata;
        meta.ClusterName = "c1";
        meta.CreationTimestamp = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        meta.DeletionGracePeriodSeconds = 30;
        meta.DeletionTimestamp = new DateTimeOffset(2024, 2, 1, 0, 0, 0, TimeSpan.Zero);
        meta.Generation = 7;
        meta.ResourceVersion = "42";
        meta.SelfLink = "/apis/x";
        meta.Uid = "0b9c7d5e";
        var found = policy.Validate(EnvoyGatewayVersion.V0_6).Where(d => d.Id == "EG5005").ToList();
        Assert.All(found, d => Assert.Equal(ValidationSeverity.Warning, d.Severity));
        Assert.Equal(
            ["metadata.clusterName", "metadata.creationTimestamp", "metadata.deletionGracePeriodSeconds", "metadata.deletionTimestamp", "metadata.generation", "metadata.resourceVersion", "metadata.selfLink", "metadata.uid"],
            found.Select(d => d.Path).ToArray());
        Assert.Contains("'2024-01-01T00:00:00Z'", found[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EG5006_no_namespace_is_info_only()
    {
        var policy = ValidPolicy();
        policy.Metadata.Namespace = null;
        Single(policy, "EG5006", ValidationSeverity.Info, "metadata.namespace", "Metadata.Namespace");
        Clean(policy);
    }
}
