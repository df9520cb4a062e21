using EnvoyGateway.Dsl.Gateway.V1Alpha1;
using EnvoyGateway.Dsl.GatewayApi;

namespace EnvoyGateway.Dsl.Tests.Yaml;

/// <summary>
/// <see cref="ManifestSet.Read(string, string?, ParseOptions?)"/>: real streams mix other kinds (set aside and
/// counted) and broken documents (each reported with line and column; the others still read).
/// </summary>
public sealed class StreamReadTests
{
    private const string Service = "apiVersion: v1\nkind: Service\nmetadata:\n  name: s\nspec:\n  ports:\n  - port: 80\n";
    private const string Deployment = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\n";
    private const string Policy = "apiVersion: gateway.envoyproxy.io/v1alpha1\nkind: BackendTrafficPolicy\nmetadata:\n  name: p\nspec:\n  timeout:\n    tcp:\n      connectTimeout: 2s\n";
    private const string Route = "apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata:\n  name: r\nspec:\n  hostnames:\n  - example.com\n";

    [Fact]
    public void Other_kinds_are_set_aside_and_counted()
    {
        var result = ManifestSet.Read(string.Join("---\n", Service, Policy, Deployment, Service, Route), "s.yaml");

        Assert.True(result.Succeeded);
        Assert.Collection(result.Resources, r => Assert.IsType<BackendTrafficPolicy>(r), r => Assert.IsType<HTTPRoute>(r));
        Assert.Equal(3, result.SetAsideCount);
        Assert.Equal("set aside 3 documents of kinds the DSL does not model: Service ×2, Deployment ×1", result.SetAsideSummary());
    }

    [Fact]
    public void Parse_still_refuses_other_kinds()
        => Assert.Throws<ManifestParseException>(() => ManifestSet.Parse(string.Join("---\n", Policy, Service)));

    [Fact]
    public void A_document_with_a_binding_error_does_not_hide_the_others()
    {
        var broken = Policy.Replace("connectTimeout", "connectTimeOut", StringComparison.Ordinal);

        var result = ManifestSet.Read(string.Join("---\n", Route, broken, Policy), "s.yaml");

        Assert.Equal(2, result.Resources.Count);
        var error = Assert.Single(result.Errors);
        Assert.Equal(("s.yaml", 16, 7, "spec.timeout.tcp.connectTimeOut"), (error.SourceName, error.Line, error.Column, error.FieldPath));
    }

    [Fact]
    public void Malformed_yaml_in_one_document_does_not_hide_the_others()
    {
        const string malformed = "apiVersion: v1\nkind: ConfigMap\ndata: {a: [1, 2\n";

        var result = ManifestSet.Read(string.Join("---\n", Route, malformed, Service, Policy), "s.yaml");

        Assert.Collection(result.Resources, r => Assert.IsType<HTTPRoute>(r), r => Assert.IsType<BackendTrafficPolicy>(r));
        var error = Assert.Single(result.Errors);
        Assert.Equal("s.yaml", error.SourceName);
        Assert.InRange(error.Line, 9, 12);
        Assert.Equal(1, result.SetAsideCount);
        var policy = (BackendTrafficPolicy)result.Resources[1];
        Assert.Equal(new SourceLocation("s.yaml", 28, 23), policy.Spec.Timeout!.Tcp!.SourceOf("connectTimeout"));
    }

    [Fact]
    public void Items_of_a_list_of_other_kinds_are_set_aside_one_by_one()
    {
        const string list = """
            apiVersion: v1
            kind: List
            items:
            - apiVersion: v1
              kind: Secret
              metadata: {name: s}
            - apiVersion: gateway.networking.k8s.io/v1
              kind: Gateway
              metadata: {name: g}
              spec:
                gatewayClassName: eg
                listeners:
                - name: http
                  port: 80
                  protocol: HTTP
            """;

        var result = ManifestSet.Read(list);

        Assert.IsType<EnvoyGateway.Dsl.GatewayApi.Gateway>(Assert.Single(result.Resources));
        Assert.Equal(1, result.SetAsideByKind["Secret"]);
    }

    [Fact]
    public void Nothing_set_aside_gives_no_summary()
        => Assert.Null(ManifestSet.Read(Policy).SetAsideSummary());
}
