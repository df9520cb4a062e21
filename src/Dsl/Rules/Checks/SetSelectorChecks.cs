using System.Text;

namespace EnvoyGateway.Dsl.Rules;

/// <summary>EG4005: a policy's targetSelectors item that matches no declared object of its kind.</summary>
internal static class SetSelectorChecks
{
    public static void Check(SetObject policy, SetIndex index, Action<SetFinding> report)
    {
        foreach (var selector in policy.Selectors)
        {
            if (!Decidable(selector))
            {
                continue;
            }

            var candidates = InScope(selector, policy, index);
            var matched = false;
            foreach (var candidate in candidates)
            {
                if (!candidate.LabelsKnown || Matches(selector, candidate.Labels))
                {
                    matched = true;
                    break;
                }
            }

            // The partial-set rule: only where the set declares objects of that kind in the selector's scope.
            if (candidates.Count > 0 && !matched)
            {
                var scope = AnyNamespace(selector) ? "any namespace" : "namespace '" + policy.Namespace + "'";
                report(new SetFinding(RuleCatalog.EG4005, policy, selector.Path, selector.Origin, null, [policy.Display, selector.Kind, Describe(selector), scope]));
            }
        }
    }

    /// <summary>The declared objects of the selector's kind in the namespaces <paramref name="policy"/>'s selector looks at.</summary>
    public static IReadOnlyList<SetObject> InScope(SetSelector selector, SetObject policy, SetIndex index)
        => AnyNamespace(selector) ? index.OfKind(selector.Group, selector.Kind) : index.OfKindIn(selector.Group, selector.Kind, policy.Namespace);

    /// <summary>Selector (namespaces by label): the namespaces' labels are not in the set, so every namespace may be selected.</summary>
    private static bool AnyNamespace(SetSelector selector) => selector.NamespacesFrom is "All" or "Selector";

    /// <summary>Whether <paramref name="labels"/> satisfy the selector, as Kubernetes' label selectors evaluate (all terms must hold; no terms match everything).</summary>
    public static bool Matches(SetSelector selector, IReadOnlyDictionary<string, string>? labels)
    {
        if (selector.MatchLabels is { } required)
        {
            foreach (var pair in required)
            {
                if (labels is null || !labels.TryGetValue(pair.Key, out var value) || value != pair.Value)
                {
                    return false;
                }
            }
        }

        foreach (var requirement in selector.MatchExpressions)
        {
            string? value = null;
            var has = requirement.Key is { } key && labels is not null && labels.TryGetValue(key, out value);
            var holds = requirement.Operator switch
            {
                "In" => has && requirement.Values.Contains(value!),
                "NotIn" => !has || !requirement.Values.Contains(value!),
                "Exists" => has,
                _ => !has,
            };
            if (!holds)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>An unknown operator or a key-less requirement is an invalid selector, which the schema rules report: no verdict here.</summary>
    private static bool Decidable(SetSelector selector)
    {
        foreach (var requirement in selector.MatchExpressions)
        {
            if (requirement.Key is null || requirement.Operator is not ("In" or "NotIn" or "Exists" or "DoesNotExist"))
            {
                return false;
            }
        }

        return true;
    }

    private static string Describe(SetSelector selector)
    {
        var text = new StringBuilder();
        if (selector.MatchLabels is { } labels)
        {
            foreach (var pair in labels)
            {
                text.Append(text.Length == 0 ? "" : ", ").Append(pair.Key).Append('=').Append(pair.Value);
            }
        }

        foreach (var requirement in selector.MatchExpressions)
        {
            text.Append(text.Length == 0 ? "" : ", ").Append(requirement.Key).Append(' ').Append(requirement.Operator);
            if (requirement.Values.Count > 0)
            {
                text.Append(" (").Append(string.Join(", ", requirement.Values)).Append(')');
            }
        }

        return text.Length == 0 ? "none: it matches every object" : text.ToString();
    }
}
