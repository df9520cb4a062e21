namespace EnvoyGateway.Dsl.Generator.Cel;

/// <summary>
/// The CRD rules that hand-written checks with their own IDs and code fixes already cover
/// (src/Dsl/Rules/Checks: EG2001–EG2004): the generator leaves them out in the releases the hand-written check
/// applies to, so a failure is reported once, with the dedicated ID. EG2003 (the kinds list) and EG2004 (no
/// sectionName) are v0.6's rules (TargetRefChecks): in the other releases the CRD's own rules are generated.
/// docs/cel-rules.md lists the mapping.
/// </summary>
internal static class CelHandPorted
{
    private const string Policy = "BackendTrafficPolicy";

    private static readonly Func<int, bool> AllReleases = _ => true;

    /// <summary>Envoy Gateway 0.6, the first supported release (index 0).</summary>
    private static readonly Func<int, bool> OnlyV0_6 = release => release == 0;

    private static readonly (string Kind, string Path, Func<string, bool> Matches, Func<int, bool> InRelease, string RuleId)[] Covered =
    [
        (Policy, ".spec.loadBalancer", r => r == "self.type == 'ConsistentHash' ? has(self.consistentHash) : !has(self.consistentHash)", AllReleases, "EG2001"),
        (Policy, ".spec.targetRef", r => r == "self.group == 'gateway.networking.k8s.io'", AllReleases, "EG2002"),
        (Policy, ".spec", r => r.Trim() == "has(self.targetRef) ? self.targetRef.group == 'gateway.networking.k8s.io' : true", AllReleases, "EG2002"),
        (Policy, ".spec.targetRef", r => r.StartsWith("self.kind in [", StringComparison.Ordinal), OnlyV0_6, "EG2003"),
        (Policy, ".spec", r => r.StartsWith("has(self.targetRef) ? self.targetRef.kind in [", StringComparison.Ordinal), OnlyV0_6, "EG2003"),
        (Policy, ".spec.targetRef", r => r == "!has(self.sectionName)", OnlyV0_6, "EG2004"),
    ];

    /// <summary>The ID of the hand-written rule that covers the site's rule in the site's release, or null.</summary>
    public static string? CoveringRule(CelRuleSite site)
    {
        foreach (var (kind, path, matches, inRelease, ruleId) in Covered)
        {
            if (site.Kind.Kind == kind && site.Kind.Group == "gateway.envoyproxy.io" && site.Path == path && inRelease(site.Release.Index) && matches(site.Rule.Rule))
            {
                return ruleId;
            }
        }

        return null;
    }
}
