namespace EnvoyGateway.Dsl.Generator.Cel;

/// <summary>
/// The CRD rules that hand-written checks with their own IDs and code fixes already cover
/// (src/Dsl/Rules/Checks: EG2001–EG2004): the generator leaves them out, so a failure is reported once,
/// with the dedicated ID. docs/cel-rules.md lists the mapping.
/// </summary>
internal static class CelHandPorted
{
    private const string Policy = "BackendTrafficPolicy";

    private static readonly (string Kind, string Path, Func<string, bool> Matches, string RuleId)[] Covered =
    [
        (Policy, ".spec.loadBalancer", r => r == "self.type == 'ConsistentHash' ? has(self.consistentHash) : !has(self.consistentHash)", "EG2001"),
        (Policy, ".spec.targetRef", r => r == "self.group == 'gateway.networking.k8s.io'", "EG2002"),
        (Policy, ".spec", r => r.Trim() == "has(self.targetRef) ? self.targetRef.group == 'gateway.networking.k8s.io' : true", "EG2002"),
        (Policy, ".spec.targetRef", r => r.StartsWith("self.kind in [", StringComparison.Ordinal), "EG2003"),
        (Policy, ".spec", r => r.StartsWith("has(self.targetRef) ? self.targetRef.kind in [", StringComparison.Ordinal), "EG2003"),
        (Policy, ".spec.targetRef", r => r == "!has(self.sectionName)", "EG2004"),
    ];

    /// <summary>The ID of the hand-written rule that covers the site's rule, or null.</summary>
    public static string? CoveringRule(CelRuleSite site)
    {
        foreach (var (kind, path, matches, ruleId) in Covered)
        {
            if (site.Kind.Kind == kind && site.Kind.Group == "gateway.envoyproxy.io" && site.Path == path && matches(site.Rule.Rule))
            {
                return ruleId;
            }
        }

        return null;
    }
}
