namespace EnvoyGateway.Dsl.Tool.Tests;

/// <summary>Kinds beyond BackendTrafficPolicy: imported through the generated table, built, written, and equal to the input as data.</summary>
public class ImportKindsTests
{
    private const string Stream = """
        apiVersion: gateway.networking.k8s.io/v1
        kind: Gateway
        metadata: { name: eg, namespace: shop }
        spec:
          gatewayClassName: eg
          listeners:
          - { name: http, protocol: HTTP, port: 80, allowedRoutes: { namespaces: { from: Same } } }
          - name: https
            protocol: HTTPS
            port: 443
            tls: { mode: Terminate, certificateRefs: [{ kind: Secret, name: cert }] }
        ---
        apiVersion: v1
        kind: Service
        metadata: { name: backend }
        spec: { ports: [{ port: 3000 }] }
        ---
        apiVersion: gateway.networking.k8s.io/v1
        kind: HTTPRoute
        metadata: { name: backend, namespace: shop }
        spec:
          parentRefs: [{ name: eg }]
          hostnames: [www.example.com]
          rules:
          - matches: [{ path: { type: PathPrefix, value: / }, headers: [{ name: x-a, value: b }] }]
            backendRefs: [{ name: backend, port: 3000, weight: 1 }]
            filters:
            - type: RequestHeaderModifier
              requestHeaderModifier: { set: [{ name: x-b, value: c }], remove: [x-c] }
        ---
        apiVersion: gateway.envoyproxy.io/v1alpha1
        kind: ClientTrafficPolicy
        metadata: { name: ctp, namespace: shop }
        spec:
          targetRefs: [{ group: gateway.networking.k8s.io, kind: Gateway, name: eg }]
          timeout: { http: { idleTimeout: 5s } }
          tls: { minVersion: "1.2", alpnProtocols: [h2, http/1.1] }
          headers: { xForwardedClientCert: { mode: Sanitize } }
        ---
        apiVersion: gateway.envoyproxy.io/v1alpha1
        kind: SecurityPolicy
        metadata: { name: sp, namespace: shop }
        spec:
          targetRefs: [{ group: gateway.networking.k8s.io, kind: HTTPRoute, name: backend }]
          cors: { allowOrigins: ["https://*.example.com"], allowMethods: [GET, POST], maxAge: 1h }
          basicAuth: { users: { name: users } }
          authorization:
            defaultAction: Deny
            rules: [{ action: Allow, principal: { clientCIDRs: [10.0.0.0/8] } }]
        ---
        apiVersion: gateway.envoyproxy.io/v1alpha1
        kind: EnvoyProxy
        metadata: { name: proxy, namespace: envoy-gateway-system }
        spec:
          logging: { level: { default: warn } }
          provider:
            type: Kubernetes
            kubernetes:
              envoyDeployment:
                replicas: 2
                container: { resources: { requests: { cpu: 100m, memory: 512Mi } } }
                patch: { type: StrategicMerge, value: { spec: { template: { spec: { hostNetwork: true, dnsPolicy: ClusterFirstWithHostNet } } } } }
          telemetry: { metrics: { prometheus: { disable: true } } }
        """;

    [Fact]
    public void Gateway_API_and_Envoy_Gateway_kinds_round_trip_and_other_kinds_are_skipped_in_one_line()
    {
        using var folder = new TempFolder();
        var file = folder.Write("mixed.yaml", Stream);

        var (code, stderr) = ImportRunner.AssertTreeRoundTrip(file, expectedDocuments: 5);

        Assert.Contains("Skipped 1 document of kinds egdsl does not model: Service (v1).", stderr, StringComparison.Ordinal);
        Assert.Contains("using EnvoyGateway.Dsl.Gateway.V1Alpha1;\nusing EnvoyGateway.Dsl.GatewayApi;\n", code, StringComparison.Ordinal);
        Assert.Contains("using System.Text.Json.Nodes;", code, StringComparison.Ordinal);
        Assert.Contains("new Gateway(\"eg\")", code, StringComparison.Ordinal);
        Assert.Contains("new HTTPRoute(\"backend\")", code, StringComparison.Ordinal);
        Assert.Contains("new ClientTrafficPolicy(\"ctp\")", code, StringComparison.Ordinal);
        Assert.Contains("new SecurityPolicy(\"sp\")", code, StringComparison.Ordinal);
        Assert.Contains("new EnvoyProxy(\"proxy\")", code, StringComparison.Ordinal);
        Assert.Contains("Type = PathMatchType.PathPrefix", code, StringComparison.Ordinal);
        Assert.Contains("Port = 443", code, StringComparison.Ordinal);
        Assert.Contains("Hostnames = { \"www.example.com\" }", code, StringComparison.Ordinal);
        Assert.Contains("Value = JsonNode.Parse(", code, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_declared_in_both_model_namespaces_is_qualified_only_when_both_are_imported()
    {
        using var folder = new TempFolder();
        var file = folder.Write("both.yaml", Stream + """

            ---
            apiVersion: gateway.envoyproxy.io/v1alpha1
            kind: BackendTrafficPolicy
            metadata: { name: rl }
            spec:
              targetRefs: [{ group: gateway.networking.k8s.io, kind: HTTPRoute, name: backend }]
              rateLimit: { type: Global, global: { rules: [{ clientSelectors: [{ headers: [{ name: x-user, type: Distinct }] }], limit: { requests: 10, unit: Minute } }] } }
            """);

        var (code, _) = ImportRunner.AssertTreeRoundTrip(file, expectedDocuments: 6);

        // HeaderMatchType is a closed set of Envoy Gateway and of Gateway API alike.
        Assert.Contains("Type = global::EnvoyGateway.Dsl.Gateway.V1Alpha1.HeaderMatchType.Distinct", code, StringComparison.Ordinal);
        Assert.Contains("Unit = RateLimitUnit.Minute", code, StringComparison.Ordinal);
    }

    [Fact]
    public void An_apiVersion_the_release_does_not_serve_is_refused_with_its_position()
    {
        using var folder = new TempFolder();
        var file = folder.Write("old.yaml", """
            apiVersion: gateway.networking.k8s.io/v1alpha9
            kind: HTTPRoute
            metadata: { name: r }
            """);

        var run = CliRun.Of("import", file);

        Assert.Equal((2, ""), (run.ExitCode, run.Stdout));
        Assert.Contains($"{file}(1,13): error EGDSL001: apiVersion gateway.networking.k8s.io/v1alpha9 of kind HTTPRoute is not served by Envoy Gateway 1.9", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_spec_field_the_model_does_not_know_is_refused_by_the_products_binder()
    {
        using var folder = new TempFolder();
        var file = folder.Write("typo.yaml", """
            apiVersion: gateway.networking.k8s.io/v1
            kind: Gateway
            metadata: { name: eg }
            spec:
              gatewayClasName: eg
            """);

        var run = CliRun.Of("import", file);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{file}(5,3): error EGDSL001: unknown field \"gatewayClasName\"", run.Stderr, StringComparison.Ordinal);
    }
}
