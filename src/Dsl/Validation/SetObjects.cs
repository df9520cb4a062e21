using System.Globalization;
using EnvoyGateway.Dsl.GatewayApi;
using EnvoyGateway.Dsl.Rules;
using EgPolicyTargetReference = EnvoyGateway.Dsl.Gateway.V1Alpha1.PolicyTargetReference;
using EgV1 = EnvoyGateway.Dsl.Gateway.V1Alpha1;
using GatewayObject = EnvoyGateway.Dsl.GatewayApi.Gateway;

namespace EnvoyGateway.Dsl.Validation;

/// <summary>
/// Reads what the set rules need (<see cref="SetObject"/>) out of the model: identity and labels of every object,
/// and the references of the kinds that refer (policies, routes), the listeners of Gateways, the rule names of
/// routes and the permissions of ReferenceGrants. Origins are the model parts, which place findings.
/// </summary>
internal static class SetObjects
{
    private const string ServiceKind = "Service";

    private static readonly ListPaths TargetRefs = new("spec.targetRefs");
    private static readonly ListPaths TargetSelectors = new("spec.targetSelectors");
    private static readonly ListPaths ParentRefs = new("spec.parentRefs");

    public static SetObject From(KubernetesObject resource, int index)
    {
        var item = new SetObject(index, resource.Group, resource.Kind, resource.Metadata.Namespace, resource.Metadata.Name ?? "", resource)
        {
            Labels = resource.Metadata.LabelsIfCreated,
        };
        switch (resource)
        {
            case EgV1.BackendTrafficPolicy policy:
                AddTarget(item, "spec.targetRef", policy.Spec.TargetRef);
                AddTargets(item, policy.Spec.TargetRefsIfCreated);
                AddSelectors(item, policy.Spec.TargetSelectorsIfCreated);
                item.MergeType = policy.Spec.MergeType;
                break;
            case EgV1.ClientTrafficPolicy policy:
                AddTarget(item, "spec.targetRef", policy.Spec.TargetRef);
                AddTargets(item, policy.Spec.TargetRefsIfCreated);
                AddSelectors(item, policy.Spec.TargetSelectorsIfCreated);
                break;
            case EgV1.SecurityPolicy policy:
                AddTarget(item, "spec.targetRef", policy.Spec.TargetRef);
                AddTargets(item, policy.Spec.TargetRefsIfCreated);
                AddSelectors(item, policy.Spec.TargetSelectorsIfCreated);
                item.MergeType = policy.Spec.MergeType;
                break;
            case EgV1.EnvoyExtensionPolicy policy:
                AddTarget(item, "spec.targetRef", policy.Spec.TargetRef);
                AddTargets(item, policy.Spec.TargetRefsIfCreated);
                AddSelectors(item, policy.Spec.TargetSelectorsIfCreated);
                item.MergeType = policy.Spec.MergeType;
                break;
            case EgV1.EnvoyPatchPolicy policy when policy.Spec.TargetRef is { } target:
                Add(item, "spec.targetRef", target, target.Group, target.Kind, target.Namespace, target.Name, null);
                break;
            case EgV1.XBackendTrafficPolicy policy:
                AddTargets(item, policy.Spec.TargetRefsIfCreated);
                break;
            case BackendTLSPolicy policy:
                AddTarget(item, "spec.targetRef", policy.Spec.TargetRef);
                AddTargets(item, policy.Spec.TargetRefsIfCreated);
                break;
            case BackendLBPolicy policy:
                AddTargets(item, policy.Spec.TargetRefsIfCreated);
                break;
            case GatewayObject gateway:
                item.Listeners = Listeners(gateway.Spec.Listeners.Select(l => (l.Name, l.Port, l.Protocol, l.AllowedRoutes)));
                break;
            case ListenerSet listenerSet:
                item.Listeners = Listeners(listenerSet.Spec.Listeners.Select(l => (l.Name, l.Port, l.Protocol, l.AllowedRoutes)));
                break;
            case HTTPRoute route:
                AddParents(item, route.Spec.ParentRefs);
                item.RuleNames = [];
                for (var i = 0; i < route.Spec.Rules.Count; i++)
                {
                    var rule = route.Spec.Rules[i];
                    item.RuleNames.Add(rule.Name);
                    for (var j = 0; j < rule.BackendRefs.Count; j++)
                    {
                        var backend = rule.BackendRefs[j];
                        AddBackend(item, i, j, backend, backend.Group, backend.Kind, backend.Namespace, backend.Name, backend.Port);
                    }
                }

                break;
            case GRPCRoute route:
                AddParents(item, route.Spec.ParentRefs);
                item.RuleNames = [];
                for (var i = 0; i < route.Spec.Rules.Count; i++)
                {
                    var rule = route.Spec.Rules[i];
                    item.RuleNames.Add(rule.Name);
                    for (var j = 0; j < rule.BackendRefs.Count; j++)
                    {
                        var backend = rule.BackendRefs[j];
                        AddBackend(item, i, j, backend, backend.Group, backend.Kind, backend.Namespace, backend.Name, backend.Port);
                    }
                }

                break;
            case TCPRoute route:
                AddParents(item, route.Spec.ParentRefs);
                AddRules(item, route.Spec.Rules.Select(r => (r.Name, r.BackendRefs)));
                break;
            case TLSRoute route:
                AddParents(item, route.Spec.ParentRefs);
                AddRules(item, route.Spec.Rules.Select(r => (r.Name, r.BackendRefs)));
                break;
            case UDPRoute route:
                AddParents(item, route.Spec.ParentRefs);
                AddRules(item, route.Spec.Rules.Select(r => (r.Name, r.BackendRefs)));
                break;
            case ReferenceGrant grant:
                item.Grant = Grant(grant.Spec);
                break;
        }

        return item;
    }

    private static void AddTarget(SetObject item, string path, EgPolicyTargetReference? target)
    {
        if (target is not null)
        {
            Add(item, path, target, target.Group, target.Kind, target.Namespace, target.Name, target.SectionName);
        }
    }

    private static void AddTarget(SetObject item, string path, PolicyTargetReferenceWithSectionName? target)
    {
        if (target is not null)
        {
            Add(item, path, target, target.Group, target.Kind, target.Namespace, target.Name, target.SectionName);
        }
    }

    private static void AddTarget(SetObject item, string path, LocalPolicyTargetReferenceWithSectionName? target)
    {
        if (target is not null)
        {
            Add(item, path, target, target.Group, target.Kind, null, target.Name, target.SectionName);
        }
    }

    private static void AddTargets(SetObject item, List<LocalPolicyTargetReferenceWithSectionName>? targets)
    {
        if (targets is null)
        {
            return;
        }

        for (var i = 0; i < targets.Count; i++)
        {
            AddTarget(item, TargetRefs.Item(i), targets[i]);
        }
    }

    private static void AddTargets(SetObject item, List<LocalPolicyTargetReference>? targets)
    {
        if (targets is null)
        {
            return;
        }

        for (var i = 0; i < targets.Count; i++)
        {
            var target = targets[i];
            Add(item, TargetRefs.Item(i), target, target.Group, target.Kind, null, target.Name, null);
        }
    }

    /// <summary>A policy target: group and kind are required by every CRD; a missing group reads as the core group, which holds none of the kinds the set declares.</summary>
    private static void Add(SetObject item, string path, SourceTrackedObject origin, string? group, string? kind, string? @namespace, string? name, string? section)
    {
        if (kind is null)
        {
            return;
        }

        item.References.Add(new SetReference(SetReferenceRole.PolicyTarget, path, group ?? "", kind, @namespace, name, origin) { SectionName = section });
    }

    private static void AddSelectors(SetObject item, List<EgV1.TargetSelector>? selectors)
    {
        if (selectors is null)
        {
            return;
        }

        for (var i = 0; i < selectors.Count; i++)
        {
            var selector = selectors[i];
            if (selector.Kind is null)
            {
                continue;
            }

            var added = new SetSelector(TargetSelectors.Item(i), selector.Group ?? SetReferenceChecks.GatewayApiGroup, selector.Kind, selector)
            {
                MatchLabels = selector.MatchLabelsIfCreated,
                NamespacesFrom = selector.Namespaces?.From,
            };
            if (selector.MatchExpressionsIfCreated is { } requirements)
            {
                foreach (var requirement in requirements)
                {
                    added.MatchExpressions.Add(new SetLabelRequirement(requirement.Key, requirement.Operator, (IReadOnlyList<string>?)requirement.ValuesIfCreated ?? []));
                }
            }

            item.Selectors.Add(added);
        }
    }

    /// <summary>The listeners of a Gateway or a ListenerSet (a sectionName of a policy on either names one).</summary>
    private static List<SetListener> Listeners(IEnumerable<(string? Name, int? Port, string? Protocol, AllowedRoutes? AllowedRoutes)> listeners)
    {
        var result = new List<SetListener>();
        foreach (var (name, port, protocol, allowed) in listeners)
        {
            var added = new SetListener(name, port, protocol) { NamespacesFrom = allowed?.Namespaces?.From };
            if (allowed is not null)
            {
                foreach (var kind in allowed.Kinds)
                {
                    if (kind.Kind is not null)
                    {
                        added.AllowedKinds.Add((kind.Group ?? SetReferenceChecks.GatewayApiGroup, kind.Kind));
                    }
                }
            }

            result.Add(added);
        }

        return result;
    }

    private static void AddParents(SetObject route, List<ParentReference> parents)
    {
        for (var i = 0; i < parents.Count; i++)
        {
            var parent = parents[i];
            route.References.Add(new SetReference(SetReferenceRole.ParentRef, ParentRefs.Item(i), parent.Group ?? SetReferenceChecks.GatewayApiGroup, parent.Kind ?? "Gateway", parent.Namespace, parent.Name, parent)
            {
                SectionName = parent.SectionName,
                Port = parent.Port,
            });
        }
    }

    private static void AddRules(SetObject route, IEnumerable<(string? Name, List<BackendRef> Backends)> rules)
    {
        route.RuleNames = [];
        var i = 0;
        foreach (var (name, backends) in rules)
        {
            route.RuleNames.Add(name);
            for (var j = 0; j < backends.Count; j++)
            {
                var backend = backends[j];
                AddBackend(route, i, j, backend, backend.Group, backend.Kind, backend.Namespace, backend.Name, backend.Port);
            }

            i++;
        }
    }

    /// <summary>A backendRef: the group defaults to the core group and the kind to Service.</summary>
    private static void AddBackend(SetObject route, int rule, int index, SourceTrackedObject origin, string? group, string? kind, string? @namespace, string? name, int? port)
    {
        var path = Item(Item("spec.rules", rule) + ".backendRefs", index);
        route.References.Add(new SetReference(SetReferenceRole.BackendRef, path, group ?? "", kind ?? ServiceKind, @namespace, name, origin) { Port = port });
    }

    private static SetGrant Grant(ReferenceGrantSpec spec)
    {
        var grant = new SetGrant();
        foreach (var from in spec.From)
        {
            grant.From.Add((from.Group ?? "", from.Kind ?? "", from.Namespace ?? ""));
        }

        foreach (var to in spec.To)
        {
            grant.To.Add((to.Group ?? "", to.Kind ?? "", to.Name));
        }

        return grant;
    }

    private static string Item(string list, int index) => list + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    /// <summary>The item paths of a list that nearly every policy or route has; the first ones are built once rather than per object.</summary>
    private sealed class ListPaths(string list)
    {
        private readonly string[] _first = [.. Enumerable.Range(0, 8).Select(i => SetObjects.Item(list, i))];

        public string Item(int index) => index < _first.Length ? _first[index] : SetObjects.Item(list, index);
    }
}
