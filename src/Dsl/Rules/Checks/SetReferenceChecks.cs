using System.Text;

namespace EnvoyGateway.Dsl.Rules;

/// <summary>
/// References between declared objects: policy targets and their sections (EG4003, EG4004), route parents and
/// listeners (EG4006, EG4007), route backends (EG4008) and cross-namespace grants (EG4009).
/// </summary>
internal static class SetReferenceChecks
{
    public const string GatewayApiGroup = "gateway.networking.k8s.io";

    public static void Check(SetObject subject, SetIndex index, Action<SetFinding> report)
    {
        foreach (var reference in subject.References)
        {
            switch (reference.Role)
            {
                case SetReferenceRole.PolicyTarget:
                    CheckPolicyTarget(subject, reference, index, report);
                    break;
                case SetReferenceRole.ParentRef:
                    CheckParent(subject, reference, index, report);
                    break;
                case SetReferenceRole.BackendRef:
                    CheckBackend(subject, reference, index, report);
                    break;
            }
        }
    }

    /// <summary>The namespace a reference resolves to: its own, else the referring object's.</summary>
    public static string NamespaceOf(SetObject subject, SetReference reference) => reference.Namespace ?? subject.Namespace;

    public static string Qualified(string @namespace, string name) => (@namespace.Length > 0 ? @namespace + "/" : "") + name;

    private static void CheckPolicyTarget(SetObject policy, SetReference reference, SetIndex index, Action<SetFinding> report)
    {
        if (reference.Name is not { Length: > 0 } name)
        {
            return;
        }

        var @namespace = NamespaceOf(policy, reference);
        var target = index.Find(reference.Group, reference.Kind, @namespace, name);
        if (target is null)
        {
            if (index.DeclaresKindIn(reference.Group, reference.Kind, @namespace))
            {
                report(new SetFinding(RuleCatalog.EG4003, policy, reference.Path + ".name", reference.Origin, "name", [policy.Display, reference.Kind, Qualified(@namespace, name), @namespace]));
            }

            return;
        }

        if (reference.SectionName is not { Length: > 0 } section)
        {
            return;
        }

        if (target.Listeners is { } listeners && !HasListener(listeners, section))
        {
            report(new SetFinding(RuleCatalog.EG4004, policy, reference.Path + ".sectionName", reference.Origin, "sectionName", [policy.Display, section, target.Display, "listener", Names("listeners", listeners.Select(l => l.Name))]));
        }
        else if (target.RuleNames is { } rules && !rules.Contains(section))
        {
            report(new SetFinding(RuleCatalog.EG4004, policy, reference.Path + ".sectionName", reference.Origin, "sectionName", [policy.Display, section, target.Display, "rule", Names("named rules", rules)]));
        }
    }

    private static void CheckParent(SetObject route, SetReference reference, SetIndex index, Action<SetFinding> report)
    {
        if (reference.Group != GatewayApiGroup || reference.Kind != "Gateway" || reference.Name is not { Length: > 0 } name)
        {
            return;
        }

        var @namespace = NamespaceOf(route, reference);
        var parent = "Gateway '" + Qualified(@namespace, name) + "'";
        var gateway = index.Find(reference.Group, reference.Kind, @namespace, name);
        if (gateway is null)
        {
            if (index.DeclaresKindIn(reference.Group, reference.Kind, @namespace))
            {
                report(new SetFinding(RuleCatalog.EG4006, route, reference.Path + ".name", reference.Origin, "name", [route.Display, parent, "the set does not declare, though it declares other Gateways in namespace '" + @namespace + "'"]));
            }

            return;
        }

        // Null: not all known (edit time); the model always lists a Gateway's listeners.
        if (gateway.Listeners is not { } listeners)
        {
            return;
        }

        var selected = listeners.Where(l => (reference.SectionName is not { Length: > 0 } section || l.Name == section) && (reference.Port is not { } port || l.Port == port)).ToList();
        if (selected.Count == 0)
        {
            var field = reference.Port is { } && reference.SectionName is not { Length: > 0 } ? "port" : "sectionName";
            var wanted = (reference.SectionName is { Length: > 0 } wantedName ? " named '" + wantedName + "'" : "")
                + (reference.Port is { } wantedPort ? " on port " + wantedPort.ToString(System.Globalization.CultureInfo.InvariantCulture) : "");
            report(new SetFinding(RuleCatalog.EG4006, route, reference.Path + "." + field, reference.Origin, field, [route.Display, parent, "has no listener" + wanted + " (it has " + Names("listeners", listeners.Select(l => l.Name)) + ")"]));
            return;
        }

        var refusals = new List<string>(selected.Count);
        foreach (var listener in selected)
        {
            if (Refusal(listener, route, gateway) is not { } refusal)
            {
                return;
            }

            refusals.Add(refusal);
        }

        report(new SetFinding(RuleCatalog.EG4007, route, reference.Path, reference.Origin, null, [route.Display, parent, string.Join("; ", refusals)]));
    }

    private static void CheckBackend(SetObject route, SetReference reference, SetIndex index, Action<SetFinding> report)
    {
        if (reference.Name is not { Length: > 0 } name)
        {
            return;
        }

        var @namespace = NamespaceOf(route, reference);
        if (index.Find(reference.Group, reference.Kind, @namespace, name) is null && index.DeclaresKindIn(reference.Group, reference.Kind, @namespace))
        {
            report(new SetFinding(RuleCatalog.EG4008, route, reference.Path + ".name", reference.Origin, "name", [route.Display, reference.Kind, Qualified(@namespace, name), @namespace]));
        }

        // Partial sets: a namespace the set declares nothing in is managed elsewhere, and so may be its grants.
        if (@namespace != route.Namespace && index.DeclaresNamespace(@namespace) && !Permitted(index.GrantsIn(@namespace), route, reference, name))
        {
            report(new SetFinding(RuleCatalog.EG4009, route, reference.Path + ".namespace", reference.Origin, "namespace", [route.Display, reference.Kind, name, @namespace, route.Kind, route.Namespace]));
        }
    }

    private static bool Permitted(IReadOnlyList<SetGrant> grants, SetObject route, SetReference reference, string name)
    {
        foreach (var grant in grants)
        {
            var from = grant.From.Any(f => f.Group == route.Group && f.Kind == route.Kind && f.Namespace == route.Namespace);
            if (from && grant.To.Any(t => t.Group == reference.Group && t.Kind == reference.Kind && (string.IsNullOrEmpty(t.Name) || t.Name == name)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Why <paramref name="listener"/> refuses <paramref name="route"/>, or null when it admits it (or cannot tell).</summary>
    private static string? Refusal(SetListener listener, SetObject route, SetObject gateway)
    {
        var kinds = listener.AllowedKinds.Count > 0 ? listener.AllowedKinds : DefaultKinds(listener.Protocol);
        if (kinds is not null && !kinds.Contains((route.Group, route.Kind)))
        {
            return "listener '" + listener.Name + "' admits " + string.Join(", ", kinds.Select(k => k.Kind)) + " only";
        }

        // Selector: namespace labels are not in the set, so the listener may admit the route.
        var from = listener.NamespacesFrom;
        if ((from is null || from == "Same") && route.Namespace != gateway.Namespace)
        {
            return "listener '" + listener.Name + "' admits routes from its own namespace '" + gateway.Namespace + "' only (allowedRoutes.namespaces.from Same)";
        }

        return null;
    }

    /// <summary>The route kinds a listener admits when allowedRoutes.kinds is empty, by protocol; null when unknown (admit all).</summary>
    private static List<(string Group, string Kind)>? DefaultKinds(string? protocol) => protocol switch
    {
        "HTTP" or "HTTPS" => [(GatewayApiGroup, "HTTPRoute"), (GatewayApiGroup, "GRPCRoute")],
        "TLS" => [(GatewayApiGroup, "TLSRoute"), (GatewayApiGroup, "TCPRoute")],
        "TCP" => [(GatewayApiGroup, "TCPRoute")],
        "UDP" => [(GatewayApiGroup, "UDPRoute")],
        _ => null,
    };

    private static bool HasListener(List<SetListener> listeners, string name)
    {
        foreach (var listener in listeners)
        {
            if (listener.Name == name)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"listeners 'a', 'b'" or "no listeners".</summary>
    private static string Names(string what, IEnumerable<string?> names)
    {
        var text = new StringBuilder();
        foreach (var name in names)
        {
            if (name is null)
            {
                continue;
            }

            text.Append(text.Length == 0 ? what + " '" : ", '").Append(name).Append('\'');
        }

        return text.Length == 0 ? "no " + what : text.ToString();
    }
}
