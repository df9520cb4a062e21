namespace EnvoyGateway.Dsl.Tool.Tests;

/// <summary>
/// YAML inputs for the command tests; line numbers in comments are what the assertions use.
/// They are Envoy Gateway v0.6 documents (spec.targetRef, spec.rateLimit.type, the v0.6 units), so the
/// tests validate them as a user with v0.6 YAML would: with <see cref="ReleaseOption"/> <see cref="Release"/>.
/// </summary>
internal static class Inputs
{
    public const string ReleaseOption = "--envoy-gateway-version";

    /// <summary>The release the inputs are written for; the default (newest) release deprecates some of their fields.</summary>
    public const string Release = "0.6";

    public const string Valid = """
        apiVersion: gateway.envoyproxy.io/v1alpha1
        kind: BackendTrafficPolicy
        metadata:
          name: api
          namespace: shop
        spec:
          targetRef:
            group: gateway.networking.k8s.io
            kind: HTTPRoute
            name: api
          rateLimit:
            type: Global
            global:
              rules:
              - limit:
                  requests: 100
                  unit: Minute
        """;

    // The offending values: line 19 col 20 (EG3001, value: alice), line 21 col 21 (EG3009, requests: 0), line 22 col 17 (EG1001, unit: Minutes).
    public const string Invalid = """
        apiVersion: gateway.envoyproxy.io/v1alpha1
        kind: BackendTrafficPolicy
        metadata:
          name: api
          namespace: shop
        spec:
          targetRef:
            group: gateway.networking.k8s.io
            kind: HTTPRoute
            name: api
          rateLimit:
            type: Global
            global:
              rules:
              - clientSelectors:
                - headers:
                  - name: x-user-id
                    type: Distinct
                    value: alice
                limit:
                  requests: 0
                  unit: Minutes
        """;

    // Only a warning: EG3009 at line 16 col 21 (the value of requests: 0).
    public const string WarningOnly = """
        apiVersion: gateway.envoyproxy.io/v1alpha1
        kind: BackendTrafficPolicy
        metadata:
          name: api
          namespace: shop
        spec:
          targetRef:
            group: gateway.networking.k8s.io
            kind: HTTPRoute
            name: api
          rateLimit:
            type: Global
            global:
              rules:
              - limit:
                  requests: 0
                  unit: Minute
        """;

    // A second policy on the same route: EG4001 at its targetRef key (line 5 col 3 of its file).
    public const string SameTarget = """
        apiVersion: gateway.envoyproxy.io/v1alpha1
        kind: BackendTrafficPolicy
        metadata: { name: api-2, namespace: shop }
        spec:
          targetRef: { group: gateway.networking.k8s.io, kind: HTTPRoute, name: api }
        """;

    // Line 5 col 3: an unknown field, which the parser refuses.
    public const string UnknownField = """
        apiVersion: gateway.envoyproxy.io/v1alpha1
        kind: BackendTrafficPolicy
        metadata:
          name: api
          nmespace: shop
        """;
}
