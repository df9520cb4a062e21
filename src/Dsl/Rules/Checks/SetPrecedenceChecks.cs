namespace EnvoyGateway.Dsl.Rules;

/// <summary>
/// Which policy applies where, as Envoy Gateway's translator decides: two policies of one kind on one target
/// conflict (EG4001 on the later, EG4010 on the earlier: the older wins, and set order is creation order when the
/// set is applied at once); a route-level policy overrides a Gateway-level one of the same kind for that route
/// (EG4011), unless it asks to be merged (<c>mergeType</c>, v1.9).
/// </summary>
internal static class SetPrecedenceChecks
{
    /// <summary>Envoy Gateway applies every EnvoyPatchPolicy on a target (by priority): they never conflict.</summary>
    private const string PatchPolicyKind = "EnvoyPatchPolicy";

    private static readonly string[] RouteKinds = ["HTTPRoute", "GRPCRoute", "TCPRoute", "TLSRoute", "UDPRoute"];

    public static void Check(IReadOnlyList<SetObject> objects, SetIndex index, Action<SetFinding> report)
    {
        // Sized for a target per object: grown by doubling, it allocated about twice its final size.
        var holders = new Dictionary<(string PolicyGroup, string PolicyKind, string TargetGroup, string TargetKind, string Namespace, string Name, string Section), (SetObject Policy, SetReference Reference, bool Reported)>(objects.Count);
        var gatewayPolicies = new Dictionary<(string PolicyGroup, string PolicyKind, string Namespace, string Gateway), List<(SetObject Policy, SetReference Reference)>>();
        foreach (var policy in objects)
        {
            if (policy.Kind == PatchPolicyKind)
            {
                continue;
            }

            foreach (var reference in policy.References)
            {
                if (reference.Role != SetReferenceRole.PolicyTarget || reference.Name is not { Length: > 0 } name)
                {
                    continue;
                }

                var @namespace = SetReferenceChecks.NamespaceOf(policy, reference);
                var target = (policy.Group, policy.Kind, reference.Group, reference.Kind, @namespace, name, reference.SectionName ?? "");
                if (holders.TryGetValue(target, out var holder))
                {
                    if (holder.Policy != policy)
                    {
                        var shown = SetReferenceChecks.Qualified(@namespace, name) + (reference.SectionName is { Length: > 0 } section ? "' section '" + section : "");
                        report(new SetFinding(RuleCatalog.EG4001, policy, reference.Path, reference.Origin, null, [policy.Display, reference.Kind, shown, holder.Policy.Display, new SetPlace(holder.Policy.Index)]));
                        if (!holder.Reported)
                        {
                            report(new SetFinding(RuleCatalog.EG4010, holder.Policy, holder.Reference.Path, holder.Reference.Origin, null, [holder.Policy.Display, reference.Kind, shown, policy.Display, new SetPlace(policy.Index)]));
                            holders[target] = (holder.Policy, holder.Reference, true);
                        }
                    }

                    continue;
                }

                holders.Add(target, (policy, reference, false));
                if (reference.Group == SetReferenceChecks.GatewayApiGroup && reference.Kind == "Gateway" && string.IsNullOrEmpty(reference.SectionName))
                {
                    var key = (policy.Group, policy.Kind, @namespace, name);
                    if (!gatewayPolicies.TryGetValue(key, out var onGateway))
                    {
                        onGateway = [];
                        gatewayPolicies.Add(key, onGateway);
                    }

                    onGateway.Add((policy, reference));
                }
            }
        }

        if (gatewayPolicies.Count > 0)
        {
            CheckOverrides(objects, index, gatewayPolicies, report);
        }
    }

    /// <summary>EG4011, once per Gateway-level policy: the first route-level policy that overrides it, and how many more routes do.</summary>
    private static void CheckOverrides(IReadOnlyList<SetObject> objects, SetIndex index, Dictionary<(string, string, string, string), List<(SetObject Policy, SetReference Reference)>> gatewayPolicies, Action<SetFinding> report)
    {
        var overrides = new Dictionary<(SetObject Policy, SetReference Reference), (SetObject RoutePolicy, SetObject Route, int Count)>();
        foreach (var policy in objects)
        {
            if (!string.IsNullOrEmpty(policy.MergeType))
            {
                continue;
            }

            foreach (var reference in policy.References)
            {
                if (reference.Role != SetReferenceRole.PolicyTarget || reference.Group != SetReferenceChecks.GatewayApiGroup || Array.IndexOf(RouteKinds, reference.Kind) < 0 || reference.Name is not { Length: > 0 } name
                    || index.Find(reference.Group, reference.Kind, SetReferenceChecks.NamespaceOf(policy, reference), name) is not { } route)
                {
                    continue;
                }

                foreach (var parent in route.References)
                {
                    if (parent.Role != SetReferenceRole.ParentRef || parent.Group != SetReferenceChecks.GatewayApiGroup || parent.Kind != "Gateway" || parent.Name is null
                        || !gatewayPolicies.TryGetValue((policy.Group, policy.Kind, SetReferenceChecks.NamespaceOf(route, parent), parent.Name), out var overridden))
                    {
                        continue;
                    }

                    foreach (var held in overridden)
                    {
                        overrides[held] = overrides.TryGetValue(held, out var known) ? (known.RoutePolicy, known.Route, known.Count + 1) : (policy, route, 1);
                    }
                }
            }
        }

        foreach (var onGateway in gatewayPolicies.Values)
        {
            foreach (var (gatewayPolicy, reference) in onGateway)
            {
                if (!overrides.TryGetValue((gatewayPolicy, reference), out var found))
                {
                    continue;
                }

                var gateway = "Gateway '" + SetReferenceChecks.Qualified(SetReferenceChecks.NamespaceOf(gatewayPolicy, reference), reference.Name!) + "'";
                var more = found.Count > 1 ? " (and " + (found.Count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + " more route-level policies of this kind do the same for their routes)" : "";
                report(new SetFinding(RuleCatalog.EG4011, gatewayPolicy, reference.Path, reference.Origin, null, [gatewayPolicy.Display, gateway, found.Route.Display, found.RoutePolicy.Display, new SetPlace(found.RoutePolicy.Index), more]));
            }
        }
    }
}
