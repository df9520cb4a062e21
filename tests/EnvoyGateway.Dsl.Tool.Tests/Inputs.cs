namespace EnvoyGateway.Dsl.Tool.Tests;

/// <summary>YAML inputs for the command tests; line numbers in comments are what the assertions use.</summary>
internal static class Inputs
{
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

    // Line 17 col 13: the header mapping (EG3001); line 21 col 11: the limit mapping (EG3009, EG1001).
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

    // Only a warning: EG3009 at line 16 col 11 (requests 0).
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

    // A second policy on the same route: EG4001 on this document (line 1 col 1 of its file).
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
