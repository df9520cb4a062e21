using System.Globalization;
using EnvoyGateway.Dsl.Analyzers.Walking;
using EnvoyGateway.Dsl.Rules;
using Microsoft.CodeAnalysis.Operations;

namespace EnvoyGateway.Dsl.Analyzers.Sets;

/// <summary>What the edit-time reader could not know of one object, so the rules must not conclude from it.</summary>
internal enum Uncertainty
{
    None = 0,

    /// <summary>The name is not a constant: any object of the kind in the namespace may be this one.</summary>
    Name = 1,

    /// <summary>The namespace is not known: any object of the kind may be this one.</summary>
    Namespace = 2,

    /// <summary>The object is read, but a policy target (or the end of its targetRefs) is not known: precedence cannot be decided.</summary>
    Targets = 3,
}

/// <summary>
/// Reads what the set rules need (<see cref="SetObject"/>) out of a creation's constants, by C# property name:
/// the edit-time twin of the build's SetObjects (src/Dsl/Validation), with the same paths and defaults
/// (ParityTests holds the two to the same findings). A part that is not all constants is left out or marked
/// unknown, so that the rules conclude only from what is certain.
/// </summary>
internal static class ConstantSetObjects
{
    private const string ServiceKind = "Service";

    /// <summary>The object, or null when its metadata or spec is replaced by a value not in view.</summary>
    /// <param name="knownNamespace">The namespace, when it is known ("" when not set) even though the object is not.</param>
    /// <param name="index">The object's position in its set (0 when the set is not known).</param>
    public static SetObject? Read(IObjectCreationOperation creation, string group, string kind, bool complete, int index, out Uncertainty uncertainty, out string? knownNamespace)
    {
        uncertainty = Uncertainty.None;
        knownNamespace = null;
        var root = ConstantObject.FromCreation(creation, complete);
        if (root.Child("Metadata") is not { IsKnown: true } metadataFact
            || root.Child("Spec") is not { IsKnown: true } specFact)
        {
            uncertainty = Uncertainty.Namespace;
            return null;
        }

        var metadata = metadataFact.Value;
        var spec = specFact.Value;
        var name = metadata.Member("Name") is not null ? metadata.Text("Name") : ConstructorName(creation);
        var @namespace = metadata.Text("Namespace");
        if (@namespace.IsUnknown)
        {
            uncertainty = Uncertainty.Namespace;
            return null;
        }

        knownNamespace = @namespace.IsKnown ? @namespace.Value : "";
        if (!name.IsKnown)
        {
            uncertainty = Uncertainty.Name;
            return null;
        }

        var labels = metadata.Map("Labels");
        var item = new SetObject(index, group, kind, @namespace.IsKnown ? @namespace.Value : null, name.Value, root)
        {
            Labels = labels.IsKnown ? labels.Value : null,
            LabelsKnown = !labels.IsUnknown,
        };
        if (SetKinds.Policies.Contains(kind))
        {
            var certain = AddTarget(item, "spec.targetRef", spec.Child("TargetRef"));
            var (targets, exhaustive) = spec.Items("TargetRefs");
            certain &= exhaustive;
            for (var i = 0; i < targets.Count; i++)
            {
                certain &= AddTarget(item, Item("spec.targetRefs", i), targets[i]);
            }

            AddSelectors(item, spec);
            var mergeType = spec.Text("MergeType");

            // A mergeType the analyzer cannot read may be set: the route-level policy then merges (no EG4011).
            item.MergeType = mergeType.IsUnknown ? "?" : OrNull(mergeType);
            if (!certain)
            {
                uncertainty = Uncertainty.Targets;
            }
        }
        else if (SetKinds.ListenerHolders.Contains(kind))
        {
            item.Listeners = Listeners(spec);
        }
        else if (SetKinds.Routes.Contains(kind))
        {
            AddParents(item, spec);
            AddRules(item, spec);
        }
        else if (kind == SetKinds.ReferenceGrant)
        {
            item.Grant = Grant(spec);
        }

        return item;
    }

    /// <summary>metadata.name as the constructor sets it.</summary>
    private static Fact<string> ConstructorName(IObjectCreationOperation creation)
    {
        foreach (var argument in creation.Arguments)
        {
            if (argument.Parameter?.Name == "name" && argument.ArgumentKind == ArgumentKind.Explicit)
            {
                return Constants.String(argument.Value);
            }
        }

        return Fact<string>.Unknown;
    }

    /// <summary>A policy target: kind and name must be constants; a missing group reads as the core group (SetObjects does the same).</summary>
    /// <returns>False when the target may exist but is not known.</returns>
    private static bool AddTarget(SetObject item, string path, Fact<ConstantObject> fact)
    {
        if (!fact.IsKnown)
        {
            return fact.IsAbsent;
        }

        var target = fact.Value;
        var group = target.Text("Group");
        var kind = target.Text("Kind");
        var @namespace = target.Text("Namespace");
        var name = target.Text("Name");
        var section = target.Text("SectionName");
        if (!kind.IsKnown || !name.IsKnown || group.IsUnknown || @namespace.IsUnknown)
        {
            return false;
        }

        item.References.Add(new SetReference(SetReferenceRole.PolicyTarget, path, OrNull(group) ?? "", kind.Value, OrNull(@namespace), name.Value, target)
        {
            SectionName = OrNull(section),
        });
        return !section.IsUnknown;
    }

    private static void AddSelectors(SetObject item, ConstantObject spec)
    {
        var (selectors, _) = spec.Items("TargetSelectors");
        for (var i = 0; i < selectors.Count; i++)
        {
            if (!selectors[i].IsKnown)
            {
                continue;
            }

            var selector = selectors[i].Value;
            var group = selector.Text("Group");
            var kind = selector.Text("Kind");
            var matchLabels = selector.Map("MatchLabels");
            var (expressions, exhaustive) = selector.Items("MatchExpressions");
            var from = selector.ChildText("Namespaces", "From");
            if (!kind.IsKnown || group.IsUnknown || matchLabels.IsUnknown || !exhaustive || from.IsUnknown)
            {
                continue;
            }

            var added = new SetSelector(Item("spec.targetSelectors", i), OrNull(group) ?? SetReferenceChecks.GatewayApiGroup, kind.Value, selector)
            {
                MatchLabels = matchLabels.IsKnown ? matchLabels.Value : null,
                NamespacesFrom = OrNull(from),
            };
            if (ReadExpressions(expressions, added.MatchExpressions))
            {
                item.Selectors.Add(added);
            }
        }
    }

    /// <summary>Whether every matchExpressions item is all constants (an empty Values is a constant too).</summary>
    private static bool ReadExpressions(List<Fact<ConstantObject>> expressions, List<SetLabelRequirement> requirements)
    {
        foreach (var expression in expressions)
        {
            if (!expression.IsKnown)
            {
                return false;
            }

            var key = expression.Value.Text("Key");
            var @operator = expression.Value.Text("Operator");
            var values = expression.Value.Strings("Values");
            if (key.IsUnknown || @operator.IsUnknown || !values.IsKnown)
            {
                return false;
            }

            requirements.Add(new SetLabelRequirement(OrNull(key), OrNull(@operator), values.Value));
        }

        return true;
    }

    /// <summary>The listeners, or null when any part of them that the rules read is not a constant.</summary>
    private static List<SetListener>? Listeners(ConstantObject spec)
    {
        var (listeners, exhaustive) = spec.Items("Listeners");
        if (!exhaustive)
        {
            return null;
        }

        var result = new List<SetListener>(listeners.Count);
        foreach (var fact in listeners)
        {
            if (!fact.IsKnown)
            {
                return null;
            }

            var listener = fact.Value;
            var name = listener.Text("Name");
            var port = listener.Number("Port");
            var protocol = listener.Text("Protocol");
            var allowed = listener.Child("AllowedRoutes");
            if (name.IsUnknown || port.IsUnknown || protocol.IsUnknown || allowed.IsUnknown)
            {
                return null;
            }

            var added = new SetListener(OrNull(name), port.IsKnown ? (int)port.Value : null, OrNull(protocol));
            if (allowed.IsKnown && !ReadAllowedRoutes(allowed.Value, added))
            {
                return null;
            }

            result.Add(added);
        }

        return result;
    }

    private static bool ReadAllowedRoutes(ConstantObject allowed, SetListener listener)
    {
        var from = allowed.ChildText("Namespaces", "From");
        var (kinds, exhaustive) = allowed.Items("Kinds");
        if (from.IsUnknown || !exhaustive)
        {
            return false;
        }

        listener.NamespacesFrom = OrNull(from);
        foreach (var fact in kinds)
        {
            if (!fact.IsKnown)
            {
                return false;
            }

            var group = fact.Value.Text("Group");
            var kind = fact.Value.Text("Kind");
            if (group.IsUnknown || kind.IsUnknown)
            {
                return false;
            }

            if (kind.IsKnown)
            {
                listener.AllowedKinds.Add((OrNull(group) ?? SetReferenceChecks.GatewayApiGroup, kind.Value));
            }
        }

        return true;
    }

    private static void AddParents(SetObject route, ConstantObject spec)
    {
        var (parents, _) = spec.Items("ParentRefs");
        for (var i = 0; i < parents.Count; i++)
        {
            if (!parents[i].IsKnown)
            {
                continue;
            }

            var parent = parents[i].Value;
            var group = parent.Text("Group");
            var kind = parent.Text("Kind");
            var @namespace = parent.Text("Namespace");
            var name = parent.Text("Name");
            var section = parent.Text("SectionName");
            var port = parent.Number("Port");
            if (!name.IsKnown || group.IsUnknown || kind.IsUnknown || @namespace.IsUnknown || section.IsUnknown || port.IsUnknown)
            {
                continue;
            }

            route.References.Add(new SetReference(SetReferenceRole.ParentRef, Item("spec.parentRefs", i), OrNull(group) ?? SetReferenceChecks.GatewayApiGroup, OrNull(kind) ?? "Gateway", OrNull(@namespace), name.Value, parent)
            {
                SectionName = OrNull(section),
                Port = port.IsKnown ? (int)port.Value : null,
            });
        }
    }

    /// <summary>Rule names (null when any is not known, or the rules are not all in view) and every backendRef in view.</summary>
    private static void AddRules(SetObject route, ConstantObject spec)
    {
        var (rules, exhaustive) = spec.Items("Rules");
        var names = exhaustive ? new List<string?>(rules.Count) : null;
        for (var i = 0; i < rules.Count; i++)
        {
            if (!rules[i].IsKnown)
            {
                names = null;
                continue;
            }

            var rule = rules[i].Value;
            var name = rule.Text("Name");
            if (name.IsUnknown)
            {
                names = null;
            }

            names?.Add(OrNull(name));
            var (backends, _) = rule.Items("BackendRefs");
            for (var j = 0; j < backends.Count; j++)
            {
                if (backends[j].IsKnown)
                {
                    AddBackend(route, Item(Item("spec.rules", i) + ".backendRefs", j), backends[j].Value);
                }
            }
        }

        route.RuleNames = names;
    }

    /// <summary>A backendRef: the group defaults to the core group and the kind to Service.</summary>
    private static void AddBackend(SetObject route, string path, ConstantObject backend)
    {
        var group = backend.Text("Group");
        var kind = backend.Text("Kind");
        var @namespace = backend.Text("Namespace");
        var name = backend.Text("Name");
        var port = backend.Number("Port");
        if (!name.IsKnown || group.IsUnknown || kind.IsUnknown || @namespace.IsUnknown)
        {
            return;
        }

        route.References.Add(new SetReference(SetReferenceRole.BackendRef, path, OrNull(group) ?? "", OrNull(kind) ?? ServiceKind, OrNull(@namespace), name.Value, backend)
        {
            Port = port.IsKnown ? (int)port.Value : null,
        });
    }

    /// <summary>The grant, or null when any part of it is not a constant.</summary>
    private static SetGrant? Grant(ConstantObject spec)
    {
        var grant = new SetGrant();
        var (from, fromExhaustive) = spec.Items("From");
        var (to, toExhaustive) = spec.Items("To");
        if (!fromExhaustive || !toExhaustive)
        {
            return null;
        }

        foreach (var fact in from)
        {
            if (!fact.IsKnown)
            {
                return null;
            }

            var (group, kind, @namespace) = (fact.Value.Text("Group"), fact.Value.Text("Kind"), fact.Value.Text("Namespace"));
            if (group.IsUnknown || kind.IsUnknown || @namespace.IsUnknown)
            {
                return null;
            }

            grant.From.Add((OrNull(group) ?? "", OrNull(kind) ?? "", OrNull(@namespace) ?? ""));
        }

        foreach (var fact in to)
        {
            if (!fact.IsKnown)
            {
                return null;
            }

            var (group, kind, name) = (fact.Value.Text("Group"), fact.Value.Text("Kind"), fact.Value.Text("Name"));
            if (group.IsUnknown || kind.IsUnknown || name.IsUnknown)
            {
                return null;
            }

            grant.To.Add((OrNull(group) ?? "", OrNull(kind) ?? "", OrNull(name)));
        }

        return grant;
    }

    private static string? OrNull(Fact<string> fact) => fact.IsKnown ? fact.Value : null;

    private static string Item(string list, int index) => list + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";
}
