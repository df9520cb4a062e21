namespace EnvoyGateway.Dsl.Rules;

/// <summary>
/// Every rule of spec/rules-v0.6.0.md, written once: the analyzers, Validate(), the build, the CLI and
/// docs/rules/ID.md all use these. A new rule is a descriptor here, a check in Rules/Checks and a page.
/// Messages are <see cref="MessageTemplate"/>s: written once, shown in C# or YAML words by where the
/// resource came from.
/// </summary>
internal static class RuleCatalog
{
    private const string Schema = "Schema";
    private const string Cel = "CEL";
    private const string Controller = "Controller";
    private const string Set = "Set";
    private const string Metadata = "Metadata";

    // Schema (EG1xxx): the CRD's OpenAPI schema; the API server rejects these.
    public static readonly RuleDescriptor EG1001 = new("EG1001", RuleSeverity.Error, Schema,
        "Value is not in the allowed set",
        "'{1}' is not a valid {2} for {0}; use one of {3}{4}", hasCodeFix: true);

    public static readonly RuleDescriptor EG1002 = new("EG1002", RuleSeverity.Error, Schema,
        "Required field is missing",
        "{0} is required but missing; {1}", hasCodeFix: true);

    public static readonly RuleDescriptor EG1003 = new("EG1003", RuleSeverity.Error, Schema,
        "String length or format is invalid",
        "'{1}' is not valid for {0}: {2}", hasCodeFix: false);

    public static readonly RuleDescriptor EG1004 = new("EG1004", RuleSeverity.Error, Schema,
        "Too many items",
        "{0} has {1} items but at most {2} are allowed; {3}", hasCodeFix: false);

    public static readonly RuleDescriptor EG1005 = new("EG1005", RuleSeverity.Error, Schema,
        "Duplicate item or key in a list",
        "{1} '{2}' appears more than once in {0}; {3}: remove the duplicate", hasCodeFix: true);

    public static readonly RuleDescriptor EG1006 = new("EG1006", RuleSeverity.Error, Schema,
        "Not available in the selected Envoy Gateway release",
        "{1} is not available in Envoy Gateway {2}; {3} (at {0})", hasCodeFix: false);

    public static readonly RuleDescriptor EG1007 = new("EG1007", RuleSeverity.Warning, Schema,
        "Deprecated in the selected Envoy Gateway release",
        "{1} is deprecated in Envoy Gateway {2}: {3} (at {0})", hasCodeFix: true);

    public static readonly RuleDescriptor EG1008 = new("EG1008", RuleSeverity.Error, Schema,
        "Number out of range",
        "{1} is out of range for {0}: it must be {2}", hasCodeFix: false);

    public static readonly RuleDescriptor EG1009 = new("EG1009", RuleSeverity.Error, Schema,
        "Too many properties",
        "{0} has {1} entries; it must have {2}", hasCodeFix: false, decidableFromConstants: false);

    // CEL rules of the CRD (EG2xxx).
    public static readonly RuleDescriptor EG2001 = new("EG2001", RuleSeverity.Error, Cel,
        "consistentHash must match loadBalancer.type",
        "{0} is '{1}' but consistentHash is {2}: consistentHash must be set exactly when the type is ConsistentHash; {3}", hasCodeFix: true);

    public static readonly RuleDescriptor EG2002 = new("EG2002", RuleSeverity.Error, Cel,
        "targetRef.group must be gateway.networking.k8s.io",
        "'{1}' is not allowed for {0}: this policy can only target group gateway.networking.k8s.io; set [group=gateway.networking.k8s.io]", hasCodeFix: true);

    public static readonly RuleDescriptor EG2003 = new("EG2003", RuleSeverity.Error, Cel,
        "targetRef.kind is not a supported target",
        "'{1}' is not a supported kind for {0}; use one of {2}{3}", hasCodeFix: true);

    public static readonly RuleDescriptor EG2004 = new("EG2004", RuleSeverity.Error, Cel,
        "targetRef.sectionName is not supported",
        "{0} is '{1}', but BackendTrafficPolicy does not support sectionName in Envoy Gateway v0.6.0; remove [sectionName] to target the whole resource", hasCodeFix: true);

    /// <summary>
    /// Every CEL rule of every CRD, translated by the generator (docs/cel-rules.md): one ID, the rule's
    /// stable key in the message and in the diagnostic's properties, so one rule can be suppressed.
    /// </summary>
    public static readonly RuleDescriptor EG2100 = new("EG2100", RuleSeverity.Error, Cel,
        "A CEL rule of the CRD fails",
        "{0}: {1} (CEL rule {2})", hasCodeFix: true);

    // Envoy Gateway controller (EG3xxx): accepted by the API server, then Accepted=False or silently ignored.
    public static readonly RuleDescriptor EG3001 = new("EG3001", RuleSeverity.Error, Controller,
        "Distinct header match must not set a value",
        "{0} is '{1}' but the header match has type Distinct; Envoy Gateway v0.6.0 rejects the policy (\"Unable to translate rateLimit\"): remove [value], or change [type] to Exact", hasCodeFix: true);

    public static readonly RuleDescriptor EG3002 = new("EG3002", RuleSeverity.Error, Controller,
        "Header match needs a value",
        "{0} is missing but the header match has type {1}; Envoy Gateway v0.6.0 rejects the policy: set [value], or change [type] to Distinct to limit each distinct value", hasCodeFix: true);

    public static readonly RuleDescriptor EG3003 = new("EG3003", RuleSeverity.Error, Controller,
        "Regular expression is not valid RE2",
        "'{1}' at {0} is not a valid RE2 expression: {2}; Envoy rejects the route configuration", hasCodeFix: false);

    public static readonly RuleDescriptor EG3004 = new("EG3004", RuleSeverity.Error, Controller,
        "sourceCIDR.value is not a CIDR",
        "'{1}' at {0} is not an IPv4 or IPv6 CIDR (address/prefix such as 10.0.0.0/8 or 2001:db8::/32){2}", hasCodeFix: true);

    public static readonly RuleDescriptor EG3005 = new("EG3005", RuleSeverity.Error, Controller,
        "targetRef.namespace differs from the policy's namespace",
        "{0} is '{1}' but the policy is in namespace '{2}'; Envoy Gateway v0.6.0 only attaches a policy to targets in its own namespace: remove [namespace] or move the policy to '{1}'", hasCodeFix: true);

    public static readonly RuleDescriptor EG3006 = new("EG3006", RuleSeverity.Error, Controller,
        "rateLimit has no global block",
        "{0} has no global block; Envoy Gateway v0.6.0 rejects the policy (\"Global configuration empty for rateLimit\"): add [global:{rules: [...]}]", hasCodeFix: true);

    public static readonly RuleDescriptor EG3007 = new("EG3007", RuleSeverity.Warning, Controller,
        "Policy has no effect on TCP, UDP and TLS routes",
        "{0} targets a {1}: Envoy Gateway v0.6.0 accepts the policy but ignores {2} for TCP, UDP and TLS routes; target a Gateway, HTTPRoute or GRPCRoute instead", hasCodeFix: false);

    public static readonly RuleDescriptor EG3008 = new("EG3008", RuleSeverity.Warning, Controller,
        "Only the last sourceCIDR selector of a rule is used",
        "{0} has {1} client selectors with sourceCIDR; Envoy Gateway v0.6.0 uses only the last one ('{2}'): put each range in a rule of its own", hasCodeFix: false);

    public static readonly RuleDescriptor EG3009 = new("EG3009", RuleSeverity.Warning, Controller,
        "Zero requests rejects all matching traffic",
        "{0} is 0: every matching request is rejected with HTTP 429; set a positive number of requests, or remove the rule", hasCodeFix: false);

    // Whole set (EG4xxx): across the resources of one ManifestSet.
    public static readonly RuleDescriptor EG4001 = new("EG4001", RuleSeverity.Error, Set,
        "Two policies target the same resource",
        "{1} targets {2} '{3}' like {4} (at {5}), which comes earlier in the set; Envoy Gateway keeps the older policy ({4}) and marks {1} Conflicted: merge the two policies into one (at {0})", hasCodeFix: false);

    public static readonly RuleDescriptor EG4002 = new("EG4002", RuleSeverity.Error, Set,
        "Duplicate resource identity",
        "{1} is defined twice in the set (first at {2}); the second overwrites the first when applied: rename one of them (at {0})", hasCodeFix: false);

    public static readonly RuleDescriptor EG4003 = new("EG4003", RuleSeverity.Error, Set,
        "Policy target not found in the set",
        "{1} targets {2} '{3}', which the set does not declare, though it declares other {2} objects in namespace '{4}'; Envoy Gateway sets no status for a missing target, so the policy silently does nothing: fix the name or declare the {2} (at {0})", hasCodeFix: false);

    public static readonly RuleDescriptor EG4004 = new("EG4004", RuleSeverity.Error, Set,
        "Policy section not found on its target",
        "{1} targets section '{2}' of {3}, which has no {4} named '{2}' (it has {5}); the policy attaches to nothing: fix the sectionName (at {0})", hasCodeFix: false);

    public static readonly RuleDescriptor EG4005 = new("EG4005", RuleSeverity.Warning, Set,
        "Target selector matches no object in the set",
        "{1} selects {2} objects by labels ({3}), but no {2} declared in {4} matches; the policy attaches to nothing through this selector (at {0})", hasCodeFix: false);

    public static readonly RuleDescriptor EG4006 = new("EG4006", RuleSeverity.Error, Set,
        "Route parent not found in the set",
        "{1} attaches to {2}, which {3}; the route is not attached there (Accepted=False): fix the parentRef (at {0})", hasCodeFix: false);

    public static readonly RuleDescriptor EG4007 = new("EG4007", RuleSeverity.Error, Set,
        "No listener of the parent Gateway admits the route",
        "{1} attaches to {2}, but no listener there admits it: {3}; the route is not attached (NotAllowedByListeners): change the listener's allowedRoutes or the parentRef (at {0})", hasCodeFix: false);

    public static readonly RuleDescriptor EG4008 = new("EG4008", RuleSeverity.Error, Set,
        "Route backend not found in the set",
        "{1} sends traffic to {2} '{3}', which the set does not declare, though it declares other {2} objects in namespace '{4}'; requests to this backend fail (ResolvedRefs=False, BackendNotFound): fix the name or declare the {2} (at {0})", hasCodeFix: false);

    public static readonly RuleDescriptor EG4009 = new("EG4009", RuleSeverity.Error, Set,
        "Cross-namespace reference without a ReferenceGrant",
        "{1} refers to {2} '{3}' in namespace '{4}', but no ReferenceGrant in '{4}' permits references from {5} in '{6}'; the reference is refused (ResolvedRefs=False, RefNotPermitted): add a ReferenceGrant to namespace '{4}' (at {0})", hasCodeFix: false);

    public static readonly RuleDescriptor EG4010 = new("EG4010", RuleSeverity.Info, Set,
        "Another policy of the same kind targets the same resource",
        "{1} targets {2} '{3}' like {4} (at {5}), which comes later in the set; created in set order, {1} is the older and wins, and {4} is marked Conflicted and ignored: merge the two policies into one (at {0})", hasCodeFix: false);

    public static readonly RuleDescriptor EG4011 = new("EG4011", RuleSeverity.Info, Set,
        "Gateway-level policy overridden by a route-level policy",
        "{1} on {2} does not apply to {3}: {4} (at {5}) targets that route and takes precedence there{6} (at {0})", hasCodeFix: false);

    // Object metadata (EG5xxx).
    public static readonly RuleDescriptor EG5001 = new("EG5001", RuleSeverity.Error, Metadata,
        "metadata.name is not a DNS-1123 subdomain",
        "'{1}' is not a valid {0}: {2}{3}", hasCodeFix: true);

    public static readonly RuleDescriptor EG5002 = new("EG5002", RuleSeverity.Error, Metadata,
        "metadata.namespace is not a DNS-1123 label",
        "'{1}' is not a valid {0}: {2}{3}", hasCodeFix: true);

    public static readonly RuleDescriptor EG5003 = new("EG5003", RuleSeverity.Error, Metadata,
        "Invalid label key or value",
        "Label {1} '{2}' at {0} is invalid: {3}", hasCodeFix: false);

    public static readonly RuleDescriptor EG5004 = new("EG5004", RuleSeverity.Error, Metadata,
        "Invalid annotation key or annotations too large",
        "Annotations at {0} are invalid: {1}", hasCodeFix: false);

    public static readonly RuleDescriptor EG5005 = new("EG5005", RuleSeverity.Warning, Metadata,
        "Server-populated field is set",
        "{0} is set to '{1}', but the API server populates this field and treats it as read-only: remove it from the manifest", hasCodeFix: true);

    public static readonly RuleDescriptor EG5006 = new("EG5006", RuleSeverity.Info, Metadata,
        "Policy has no namespace",
        "{0} is not set: the policy lands in whatever namespace it is applied to, and its targetRef namespace (EG3005) cannot be checked; set [/metadata.namespace]", hasCodeFix: true);

    /// <summary>All rules, in ID order.</summary>
    public static readonly RuleDescriptor[] All =
    [
        EG1001, EG1002, EG1003, EG1004, EG1005, EG1006, EG1007, EG1008, EG1009,
        EG2001, EG2002, EG2003, EG2004, EG2100,
        EG3001, EG3002, EG3003, EG3004, EG3005, EG3006, EG3007, EG3008, EG3009,
        EG4001, EG4002, EG4003, EG4004, EG4005, EG4006, EG4007, EG4008, EG4009, EG4010, EG4011,
        EG5001, EG5002, EG5003, EG5004, EG5005, EG5006,
    ];

    public static RuleDescriptor? Find(string id)
    {
        foreach (var rule in All)
        {
            if (rule.Id == id)
            {
                return rule;
            }
        }

        return null;
    }
}
