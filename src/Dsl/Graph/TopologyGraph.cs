using System.Globalization;
using System.Text;
using EnvoyGateway.Dsl.Rules;
using EnvoyGateway.Dsl.Validation;
using GatewayObject = EnvoyGateway.Dsl.GatewayApi.Gateway;

namespace EnvoyGateway.Dsl.Graph;

/// <summary>
/// A Mermaid flowchart of a set (issue 12): GatewayClass → Gateways and their listeners → routes → backends, every
/// policy drawn at what it attaches to. It reads the same <see cref="SetObject"/>s and <see cref="SetFinding"/>s as
/// the set rules, so the picture and the diagnostics cannot disagree: a reference the rules report as broken is a
/// red edge to a dashed "not in the set" node, a conflict names the policy that wins, an override is labelled.
/// References the partial-set rule leaves alone (a kind the set does not declare there) are grey, not red.
/// </summary>
internal static class TopologyGraph
{
    public static string ToMermaid(IReadOnlyList<KubernetesObject> set)
    {
        ArgumentNullException.ThrowIfNull(set);
        var objects = new List<SetObject>(set.Count);
        for (var i = 0; i < set.Count; i++)
        {
            objects.Add(SetObjects.From(set[i], i));
        }

        var index = new SetIndex(objects);
        var findings = new Dictionary<SetObject, List<SetFinding>>();
        SetChecks.Check(index, finding =>
        {
            if (!findings.TryGetValue(finding.Subject, out var ofSubject))
            {
                ofSubject = [];
                findings.Add(finding.Subject, ofSubject);
            }

            ofSubject.Add(finding);
        });
        return new Drawing(set, objects, index, findings).Draw();
    }

    private sealed class Drawing
    {
        private readonly IReadOnlyList<KubernetesObject> _set;
        private readonly IReadOnlyList<SetObject> _objects;
        private readonly SetIndex _index;
        private readonly Dictionary<SetObject, List<SetFinding>> _findings;
        private readonly Dictionary<(string Group, string Kind, string Namespace, string Name), string> _ids = [];
        private readonly StringBuilder _nodes = new();
        private readonly StringBuilder _edges = new();
        private readonly List<int> _brokenEdges = [];
        private readonly List<int> _conflictEdges = [];
        private readonly List<string> _absent = [];
        private readonly List<string> _outside = [];
        private readonly List<string> _policies = [];
        private int _edgeCount;

        public Drawing(IReadOnlyList<KubernetesObject> set, IReadOnlyList<SetObject> objects, SetIndex index, Dictionary<SetObject, List<SetFinding>> findings)
        {
            _set = set;
            _objects = objects;
            _index = index;
            _findings = findings;
        }

        public string Draw()
        {
            // Declared objects first (each identity once), so that references find them whatever the set's order.
            foreach (var item in _index.Unique)
            {
                var id = "n" + item.Index.ToString(CultureInfo.InvariantCulture);
                _ids.Add((item.Group, item.Kind, item.Namespace, item.Name), id);
                DeclareNode(item, id);
            }

            foreach (var item in _objects)
            {
                if (_set[item.Index] is GatewayObject { Spec.GatewayClassName: { Length: > 0 } className })
                {
                    var gatewayClass = Node("gateway.networking.k8s.io", "GatewayClass", "", className, broken: false);
                    Edge(gatewayClass, Id(item), "-->", label: null, broken: false, conflict: false);
                }

                foreach (var reference in item.References)
                {
                    DrawReference(item, reference);
                }

                DrawSelectors(item);
            }

            var text = new StringBuilder("flowchart LR\n");
            text.Append(_nodes).Append(_edges);
            text.Append("  classDef policy fill:#fff7e0,stroke:#b58900\n");
            text.Append("  classDef absent stroke:#c62828,stroke-width:2px,stroke-dasharray:5 5,color:#c62828\n");
            text.Append("  classDef outside stroke:#777,stroke-dasharray:3 3,color:#555\n");
            AppendClass(text, "policy", _policies);
            AppendClass(text, "absent", _absent);
            AppendClass(text, "outside", _outside);
            AppendLinkStyle(text, _brokenEdges, "stroke:#c62828,stroke-width:2px,color:#c62828");
            AppendLinkStyle(text, _conflictEdges, "stroke:#e65100,stroke-width:2px,color:#e65100");
            return text.ToString();
        }

        private void DeclareNode(SetObject item, string id)
        {
            var title = Escape(item.Kind) + "<br/>" + Escape(SetReferenceChecks.Qualified(item.Namespace, item.Name));
            if (item.Listeners is { } listeners)
            {
                _nodes.Append("  subgraph ").Append(id).Append(" [\"").Append(title).Append("\"]\n");
                for (var i = 0; i < listeners.Count; i++)
                {
                    var listener = listeners[i];
                    var port = listener.Port is { } value ? " :" + value.ToString(CultureInfo.InvariantCulture) : "";
                    _nodes.Append("    ").Append(ListenerId(id, i)).Append("([\"").Append(Escape(listener.Name ?? "listener")).Append(Escape(port))
                        .Append(listener.Protocol is { } protocol ? " " + Escape(protocol) : "").Append("\"])\n");
                }

                _nodes.Append("  end\n");
                return;
            }

            if (IsPolicy(item))
            {
                _nodes.Append("  ").Append(id).Append("{{\"").Append(title).Append("\"}}\n");
                _policies.Add(id);
                return;
            }

            _nodes.Append("  ").Append(id).Append("[\"").Append(title).Append("\"]\n");
        }

        private void DrawReference(SetObject item, SetReference reference)
        {
            if (reference.Name is not { Length: > 0 } name)
            {
                return;
            }

            var @namespace = SetReferenceChecks.NamespaceOf(item, reference);
            var broken = FindingsAt(item, reference.Path).FirstOrDefault(finding => finding.Rule.Severity == RuleSeverity.Error && finding.Rule != RuleCatalog.EG4001);
            var target = Node(reference.Group, reference.Kind, @namespace, name, broken.Rule is not null && IsNotFound(broken.Rule));
            var declared = _index.Find(reference.Group, reference.Kind, @namespace, name);
            var endpoint = declared?.Listeners is { } listeners ? ListenerOf(target, listeners, reference) : target;
            var label = Label(item, reference, broken);
            var conflict = FindingsAt(item, reference.Path).Any(finding => finding.Rule == RuleCatalog.EG4001);
            switch (reference.Role)
            {
                case SetReferenceRole.PolicyTarget:
                    Edge(Id(item), endpoint, "-.->", label, broken.Rule is not null, conflict);
                    break;
                case SetReferenceRole.ParentRef:
                    Edge(endpoint, Id(item), "-->", label, broken.Rule is not null, conflict: false);
                    break;
                default:
                    Edge(Id(item), endpoint, "-->", label, broken.Rule is not null, conflict: false);
                    break;
            }
        }

        private void DrawSelectors(SetObject policy)
        {
            foreach (var selector in policy.Selectors)
            {
                var matched = false;
                foreach (var candidate in SetSelectorChecks.InScope(selector, policy, _index))
                {
                    if (SetSelectorChecks.Matches(selector, candidate.Labels))
                    {
                        Edge(Id(policy), Id(candidate), "-.->", "selector", broken: false, conflict: false);
                        matched = true;
                    }
                }

                if (!matched && FindingsAt(policy, selector.Path).Any())
                {
                    var id = "s" + policy.Index.ToString(CultureInfo.InvariantCulture) + "_" + _absent.Count.ToString(CultureInfo.InvariantCulture);
                    _nodes.Append("  ").Append(id).Append("[\"no ").Append(Escape(selector.Kind)).Append(" matches\"]\n");
                    _absent.Add(id);
                    Edge(Id(policy), id, "-.->", "selector", broken: true, conflict: false);
                }
            }
        }

        /// <summary>The label of a reference's edge: what the rules found on it, else its section or port.</summary>
        private string? Label(SetObject item, SetReference reference, SetFinding broken)
        {
            if (broken.Rule is not null)
            {
                return broken.Rule.Id + " " + broken.Rule.Title;
            }

            foreach (var finding in FindingsAt(item, reference.Path))
            {
                if (finding.Rule == RuleCatalog.EG4001)
                {
                    return "conflicted: " + WinnerOf(finding) + " wins";
                }

                if (finding.Rule == RuleCatalog.EG4010)
                {
                    return "wins (older)";
                }

                if (finding.Rule == RuleCatalog.EG4011)
                {
                    return "overridden on some routes";
                }
            }

            return reference.SectionName is { Length: > 0 } section ? section
                : reference.Port is { } port ? ":" + port.ToString(CultureInfo.InvariantCulture)
                : null;
        }

        private string WinnerOf(SetFinding finding)
        {
            foreach (var argument in finding.Args)
            {
                if (argument is SetPlace place)
                {
                    return _objects[place.Index].Display;
                }
            }

            return "the older policy";
        }

        private IEnumerable<SetFinding> FindingsAt(SetObject item, string path)
            => _findings.TryGetValue(item, out var ofItem)
                ? ofItem.Where(finding => finding.Path == path || finding.Path.StartsWith(path + ".", StringComparison.Ordinal))
                : [];

        private static bool IsNotFound(RuleDescriptor rule) => rule == RuleCatalog.EG4003 || rule == RuleCatalog.EG4006 || rule == RuleCatalog.EG4008;

        private static bool IsPolicy(SetObject item) => item.Kind.EndsWith("Policy", StringComparison.Ordinal);

        private string Id(SetObject item) => _ids[(item.Group, item.Kind, item.Namespace, item.Name)];

        /// <summary>A declared object's node, or a node for what the set does not declare: red when a rule reports it missing, grey otherwise.</summary>
        private string Node(string group, string kind, string @namespace, string name, bool broken)
        {
            var key = (group, kind, @namespace, name);
            if (_ids.TryGetValue(key, out var id))
            {
                return id;
            }

            id = "x" + _ids.Count.ToString(CultureInfo.InvariantCulture);
            _ids.Add(key, id);
            var note = broken ? "not in the set" : "declared elsewhere";
            _nodes.Append("  ").Append(id).Append("[\"").Append(Escape(kind)).Append("<br/>").Append(Escape(SetReferenceChecks.Qualified(@namespace, name)))
                .Append("<br/><i>").Append(note).Append("</i>\"]\n");
            (broken ? _absent : _outside).Add(id);
            return id;
        }

        private static string ListenerOf(string gateway, List<SetListener> listeners, SetReference reference)
        {
            for (var i = 0; i < listeners.Count; i++)
            {
                if ((reference.SectionName is { Length: > 0 } section && listeners[i].Name == section)
                    || (reference.SectionName is null && reference.Port is { } port && listeners[i].Port == port))
                {
                    return ListenerId(gateway, i);
                }
            }

            return gateway;
        }

        private static string ListenerId(string gateway, int index) => gateway + "_l" + index.ToString(CultureInfo.InvariantCulture);

        private void Edge(string from, string to, string arrow, string? label, bool broken, bool conflict)
        {
            _edges.Append("  ").Append(from).Append(' ').Append(arrow);
            if (label is not null)
            {
                _edges.Append("|\"").Append(Escape(label)).Append("\"|");
            }

            _edges.Append(' ').Append(to).Append('\n');
            if (broken)
            {
                _brokenEdges.Add(_edgeCount);
            }
            else if (conflict)
            {
                _conflictEdges.Add(_edgeCount);
            }

            _edgeCount++;
        }

        private static void AppendClass(StringBuilder text, string name, List<string> ids)
        {
            if (ids.Count > 0)
            {
                text.Append("  class ").Append(string.Join(",", ids)).Append(' ').Append(name).Append('\n');
            }
        }

        private static void AppendLinkStyle(StringBuilder text, List<int> edges, string style)
        {
            if (edges.Count > 0)
            {
                text.Append("  linkStyle ").Append(string.Join(",", edges.Select(edge => edge.ToString(CultureInfo.InvariantCulture)))).Append(' ').Append(style).Append('\n');
            }
        }

        /// <summary>Mermaid's entity codes for what would end a quoted label or read as markup; names come from users' YAML.</summary>
        private static string Escape(string text)
        {
            var result = new StringBuilder(text.Length);
            foreach (var c in text)
            {
                result.Append(c switch
                {
                    '"' => "#quot;",
                    '<' => "#lt;",
                    '>' => "#gt;",
                    '#' => "#35;",
                    '\n' or '\r' => " ",
                    _ => c.ToString(),
                });
            }

            return result.ToString();
        }
    }
}
