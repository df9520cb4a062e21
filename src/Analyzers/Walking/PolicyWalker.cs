using EnvoyGateway.Dsl.Rules;
using EnvoyGateway.Dsl.Rules.Schema;

namespace EnvoyGateway.Dsl.Analyzers.Walking;

/// <summary>
/// The compile-time host of the shared rules: every part it visits goes through the generated schema's
/// <see cref="SchemaWalk"/> for the selected release (as build time's SchemaTree does), then through the same
/// hand-written controller and CEL checks as src/Dsl/Validation/Validator.cs. Holds no rule logic.
/// </summary>
internal static class PolicyWalker
{
    /// <summary>Walks a part analysed on its own (a policy, or a part returned by a helper), at its canonical path.</summary>
    public static void WalkRoot(InitializedObject root, LocatingSink sink)
    {
        sink.EnterRoot(root);
        CheckSchema(root, sink);
        switch (root.Part)
        {
            case DslPart.BackendTrafficPolicy: WalkPolicy(root, sink); break;
            case DslPart.ObjectMeta: WalkMetadata(root, sink); break;
            case DslPart.BackendTrafficPolicySpec: WalkSpec(root, Fact<string>.Unknown, sink); break;
            case DslPart.PolicyTargetReference: WalkTargetRef(root, Fact<string>.Unknown, sink); break;
            case DslPart.LoadBalancer: WalkLoadBalancer(root, sink); break;
            case DslPart.RateLimitSpec: WalkRateLimit(root, sink); break;
            case DslPart.GlobalRateLimit: WalkGlobal(root, sink); break;
            case DslPart.RateLimitRule: WalkRule(root, sink); break;
            case DslPart.RateLimitValue: WalkLimit(root, sink); break;
            case DslPart.RateLimitSelectCondition: WalkSelector(root, sink); break;
            case DslPart.HeaderMatch: WalkHeader(root, sink); break;
            case DslPart.SourceMatch: WalkSourceCidr(root, sink); break;
        }

        sink.Exit();
    }

    private static void WalkPolicy(InitializedObject policy, LocatingSink sink)
    {
        var metadata = PolicyParts.Metadata(policy);
        var policyNamespace = Fact<string>.Unknown;
        if (metadata is not null)
        {
            sink.Enter(metadata, "metadata");
            CheckSchema(metadata, sink);
            WalkMetadata(metadata, sink);
            sink.Exit();
            policyNamespace = PolicyParts.EffectiveNamespace(metadata);
        }

        if (PolicyParts.Spec(policy) is { } spec)
        {
            sink.Enter(spec, "spec");
            CheckSchema(spec, sink);
            WalkSpec(spec, policyNamespace, sink);
            sink.Exit();
        }
    }

    internal static void WalkMetadata(InitializedObject meta, LocatingSink sink)
    {
        MetadataChecks.CheckName(sink, meta.String("Name"));
        MetadataChecks.CheckNamespace(sink, meta.String("Namespace"));
        foreach (var (key, value) in meta.Entries("Labels").Entries)
        {
            // Key and value are checked apart so that each finding points at its own expression.
            sink.At = key.Syntax;
            MetadataChecks.CheckLabel(sink, Constants.String(key), Fact<string>.Unknown);
            sink.At = value.Syntax;
            MetadataChecks.CheckLabel(sink, Fact<string>.Unknown, Constants.String(value));
            sink.At = null;
        }

        var annotations = meta.Entries("Annotations").Entries;
        if (annotations.Count > 0)
        {
            long size = 0;
            var sizeKnown = true;
            foreach (var (key, value) in annotations)
            {
                var keyFact = Constants.String(key);
                var valueFact = Constants.String(value);
                sink.At = key.Syntax;
                MetadataChecks.CheckAnnotationKey(sink, keyFact);
                sink.At = null;
                if (keyFact.IsKnown && valueFact.IsKnown)
                {
                    size += MetadataChecks.Utf8Size(keyFact.Value, valueFact.Value);
                }
                else
                {
                    sizeKnown = false;
                }
            }

            // The entries in view are a lower bound of the map: a size above the limit is certain.
            MetadataChecks.CheckAnnotationSize(sink, sizeKnown ? Fact<long>.Of(size) : Fact<long>.Unknown);
        }

        foreach (var (field, property) in PolicyParts.ServerPopulatedFields)
        {
            if (Constants.SetValueText(meta.Member(property)?.Value) is { } text)
            {
                MetadataChecks.CheckServerPopulated(sink, field, text);
            }
        }
    }

    private static void WalkSpec(InitializedObject spec, Fact<string> policyNamespace, LocatingSink sink)
    {
        var hasTargetRef = spec.Presence("TargetRef");
        var target = spec.Child("TargetRef", DslPart.PolicyTargetReference);
        var targetKind = target is not null ? target.String("Kind") : hasTargetRef.IsKnown ? Fact<string>.Absent : Fact<string>.Unknown;
        PolicyChecks.CheckSpec(sink, targetKind, spec.Presence("RateLimit"), spec.Presence("LoadBalancer"));

        if (target is not null)
        {
            sink.Enter(target, "targetRef");
            CheckSchema(target, sink);
            WalkTargetRef(target, policyNamespace, sink);
            sink.Exit();
        }

        if (spec.Child("LoadBalancer", DslPart.LoadBalancer) is { } loadBalancer)
        {
            sink.Enter(loadBalancer, "loadBalancer");
            CheckSchema(loadBalancer, sink);
            WalkLoadBalancer(loadBalancer, sink);
            sink.Exit();
        }

        if (spec.Child("RateLimit", DslPart.RateLimitSpec) is { } rateLimit)
        {
            sink.Enter(rateLimit, "rateLimit");
            CheckSchema(rateLimit, sink);
            WalkRateLimit(rateLimit, sink);
            sink.Exit();
        }
    }

    private static void WalkTargetRef(InitializedObject target, Fact<string> policyNamespace, LocatingSink sink)
    {
        TargetRefChecks.Check(sink, sink.Release, target.String("Group"), target.String("Kind"), target.String("SectionName"));
        PolicyChecks.CheckTargetNamespace(sink, target.String("Namespace"), policyNamespace);
    }

    private static void WalkLoadBalancer(InitializedObject loadBalancer, LocatingSink sink)
    {
        LoadBalancerChecks.Check(sink, loadBalancer.String("Type"), loadBalancer.Presence("ConsistentHash"));
        if (loadBalancer.Child("ConsistentHash", DslPart.ConsistentHash) is { } hash)
        {
            sink.Enter(hash, "consistentHash");
            CheckSchema(hash, sink);
            sink.Exit();
        }
    }

    private static void WalkRateLimit(InitializedObject rateLimit, LocatingSink sink)
    {
        RateLimitChecks.CheckRateLimit(sink, rateLimit.Presence("Global"), rateLimit.Presence("Local"));
        if (rateLimit.Child("Global", DslPart.GlobalRateLimit) is { } global)
        {
            sink.Enter(global, "global");
            CheckSchema(global, sink);
            WalkGlobal(global, sink);
            sink.Exit();
        }
    }

    private static void WalkGlobal(InitializedObject global, LocatingSink sink)
    {
        var rules = global.Elements("Rules");
        for (var i = 0; i < rules.Items.Count; i++)
        {
            if (global.ElementOf(rules.Items[i], DslPart.RateLimitRule) is { } rule)
            {
                sink.Enter(rule, "rules", i);
                CheckSchema(rule, sink);
                WalkRule(rule, sink);
                sink.Exit();
            }
        }
    }

    private static void WalkRule(InitializedObject rule, LocatingSink sink)
    {
        var selectors = rule.Elements("ClientSelectors");
        var selectorParts = new InitializedObject?[selectors.Items.Count];
        for (var j = 0; j < selectorParts.Length; j++)
        {
            selectorParts[j] = rule.ElementOf(selectors.Items[j], DslPart.RateLimitSelectCondition);
        }

        var (sourceCidrSelectors, lastSourceCidr) = SourceCidrSelectors(selectorParts, selectors.Exhaustive);
        RateLimitChecks.CheckRule(sink, sourceCidrSelectors, lastSourceCidr);
        for (var j = 0; j < selectorParts.Length; j++)
        {
            if (selectorParts[j] is { } selector)
            {
                sink.Enter(selector, "clientSelectors", j);
                CheckSchema(selector, sink);
                WalkSelector(selector, sink);
                sink.Exit();
            }
        }

        if (rule.Child("Limit", DslPart.RateLimitValue) is { } limit)
        {
            sink.Enter(limit, "limit");
            CheckSchema(limit, sink);
            WalkLimit(limit, sink);
            sink.Exit();
        }
    }

    /// <summary>How many selectors set sourceCIDR (a lower bound unless the list is exhaustive) and the last one's value.</summary>
    private static (Fact<int> Count, Fact<string> Last) SourceCidrSelectors(InitializedObject?[] selectors, bool exhaustive)
    {
        var count = 0;
        var last = Fact<string>.Absent;
        foreach (var selector in selectors)
        {
            var present = selector?.Presence("SourceCIDR") ?? Fact<bool>.Unknown;
            if (!present.IsKnown)
            {
                return (Fact<int>.Unknown, Fact<string>.Unknown);
            }

            if (present.Value)
            {
                count++;
                last = selector!.Child("SourceCIDR", DslPart.SourceMatch)?.String("Value") ?? Fact<string>.Unknown;
            }
        }

        return (Fact<int>.Of(count), exhaustive ? last : Fact<string>.Unknown);
    }

    private static void WalkLimit(InitializedObject limit, LocatingSink sink)
        => RateLimitChecks.CheckLimit(sink, limit.Number("Requests"));

    private static void WalkSelector(InitializedObject selector, LocatingSink sink)
    {
        var headers = selector.Elements("Headers");
        var headerParts = new InitializedObject?[headers.Items.Count];
        for (var k = 0; k < headerParts.Length; k++)
        {
            headerParts[k] = selector.ElementOf(headers.Items[k], DslPart.HeaderMatch);
        }

        for (var k = 0; k < headerParts.Length; k++)
        {
            if (headerParts[k] is { } header)
            {
                sink.Enter(header, "headers", k);
                CheckSchema(header, sink);
                WalkHeader(header, sink);
                sink.Exit();
            }
        }

        if (selector.Child("SourceCIDR", DslPart.SourceMatch) is { } sourceCidr)
        {
            sink.Enter(sourceCidr, "sourceCIDR");
            CheckSchema(sourceCidr, sink);
            WalkSourceCidr(sourceCidr, sink);
            sink.Exit();
        }
    }

    private static void WalkHeader(InitializedObject header, LocatingSink sink)
        => ClientSelectorChecks.CheckHeader(sink, header.String("Type"), header.String("Value"));

    private static void WalkSourceCidr(InitializedObject sourceCidr, LocatingSink sink)
        => ClientSelectorChecks.CheckSourceCidr(sink, sourceCidr.String("Value"));

    /// <summary>The schema rules of one part (EG1001–EG1009) for the selected release; the policy itself only holds spec, always set.</summary>
    private static void CheckSchema(InitializedObject part, LocatingSink sink)
    {
        if (part.Part is DslPart.BackendTrafficPolicy or DslPart.ObjectMeta)
        {
            return;
        }

        var type = SchemaTypeOf[(int)part.Part];
        if (type >= 0)
        {
            var value = part.AsConstantObject();
            SchemaWalk.CheckObject(type, new ConstantSchemaObject(value), sink.Release, sink);

            // The parts of newer releases (timeout, retry, healthCheck …) have no hand-written walk: the generated schema's.
            ConstantSchemaTree.WalkChildren(value, type, sink, IsWalkedByHand);
        }
    }

    private static bool IsWalkedByHand(int type) => WalkedByHand[type];

    /// <summary>Per schema type: whether it is one of the v0.6 parts this walker visits itself.</summary>
    private static readonly bool[] WalkedByHand = Array.ConvertAll(SchemaTable.Types, type => type.FullName.StartsWith(SchemaNamespace, StringComparison.Ordinal) && Enum.TryParse<DslPart>(type.Name, out _));

    private const string SchemaNamespace = "EnvoyGateway.Dsl.Gateway.V1Alpha1.";

    /// <summary>Per part: its type in the generated schema table (-1 for none).</summary>
    private static readonly int[] SchemaTypeOf = Array.ConvertAll(DslPartExtensions.All, part => SchemaWalk.TypeOf(SchemaNamespace + part));
}
