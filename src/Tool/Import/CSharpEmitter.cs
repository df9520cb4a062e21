using System.Globalization;
using System.Text;
using EnvoyGateway.Dsl.Gateway.V1Alpha1;

namespace EnvoyGateway.Dsl.Tool.Import;

/// <summary>
/// Writes a <see cref="ManifestSet"/> as the C# a person would write: one static property holding the
/// set, nested initializers for metadata and spec, target-typed <c>new()</c>, named constants for
/// closed-set values, and nothing for unset fields. Building it emits the same YAML as the set.
/// </summary>
internal sealed class CSharpEmitter(CSharpEmitterOptions options)
{
    private bool _usesSystem;
    private bool _usesGlobalization;

    public string Emit(ManifestSet set)
    {
        var root = new CodeInitializer("new()", multiline: true);
        foreach (var resource in set)
        {
            root.Item(Resource(resource));
        }

        var body = new StringBuilder();
        if (set.Count == 0)
        {
            body.Append("    public static ManifestSet ").Append(options.SetName).Append(" { get; } = new();\n");
        }
        else
        {
            CodeLayout.Write(body, 1, "public static ManifestSet " + options.SetName + " { get; } = ", root, ";");
        }

        var sources = string.Join(", ", options.SourceNames);
        var output = new StringBuilder(body.Length + 1024);
        output.Append("// Imported by egdsl from ").Append(OneLine(sources)).Append("; YAML comments were not carried over.\n");
        // Only what the code uses: a project without implicit usings needs System for DateTimeOffset.
        if (_usesSystem)
        {
            output.Append("using System;\n");
        }

        if (_usesGlobalization)
        {
            output.Append("using System.Globalization;\n");
        }

        output.Append("using EnvoyGateway.Dsl;\n");
        output.Append("using EnvoyGateway.Dsl.Gateway.V1Alpha1;\n\n");
        output.Append("namespace ").Append(options.Namespace).Append(";\n\n");
        output.Append("/// <summary>Resources imported from ").Append(Xml(OneLine(sources))).Append(".</summary>\n");
        output.Append("public static class ").Append(options.ClassName).Append('\n');
        output.Append("{\n");
        output.Append("    /// <summary>The imported resources, in input order.</summary>\n");
        output.Append(body);
        output.Append("}\n");
        return output.ToString();
    }

    private CodeInitializer Resource(KubernetesObject resource)
    {
        var policy = resource as BackendTrafficPolicy
            ?? throw new NotSupportedException($"egdsl import cannot write {resource.GetType().Name} yet.");

        // A missing name stays missing (rule EG5001 reports it); the constructor wants a string.
        var name = policy.Metadata.Name is { } text ? CSharpLiteral.String(text) : "null!";
        return new CodeInitializer($"new BackendTrafficPolicy({name})", multiline: true)
            .SetUnlessEmpty("Metadata", Metadata(policy.Metadata))
            .SetUnlessEmpty("Spec", Spec(policy.Spec));
    }

    private CodeInitializer Metadata(ObjectMeta meta)
    {
        var labels = new CodeInitializer("");
        foreach (var (key, value) in meta.Labels)
        {
            labels.Index(CSharpLiteral.String(key), CSharpLiteral.String(value));
        }

        var annotations = new CodeInitializer("");
        foreach (var (key, value) in meta.Annotations)
        {
            annotations.Index(CSharpLiteral.String(key), CSharpLiteral.String(value));
        }

        var finalizers = new CodeInitializer("");
        foreach (var finalizer in meta.Finalizers)
        {
            finalizers.Item(new CodeExpression(CSharpLiteral.String(finalizer)));
        }

        var owners = new CodeInitializer("");
        foreach (var owner in meta.OwnerReferences)
        {
            owners.Item(new CodeInitializer("new()")
                .SetIf("ApiVersion", Text(owner.ApiVersion))
                .SetIf("Kind", Text(owner.Kind))
                .SetIf("Name", Text(owner.Name))
                .SetIf("Uid", Text(owner.Uid))
                .SetIf("Controller", owner.Controller is { } controller ? CSharpLiteral.Boolean(controller) : null)
                .SetIf("BlockOwnerDeletion", owner.BlockOwnerDeletion is { } block ? CSharpLiteral.Boolean(block) : null));
        }

        return new CodeInitializer("")
            .SetIf("Namespace", Text(meta.Namespace))
            .SetUnlessEmpty("Labels", labels)
            .SetUnlessEmpty("Annotations", annotations)
            .SetUnlessEmpty("Finalizers", finalizers)
            .SetUnlessEmpty("OwnerReferences", owners)
            .SetIf("GenerateName", Text(meta.GenerateName))
            .SetIf("ClusterName", Text(meta.ClusterName))
            .SetIf("ResourceVersion", Text(meta.ResourceVersion))
            .SetIf("SelfLink", Text(meta.SelfLink))
            .SetIf("Uid", Text(meta.Uid))
            .SetIf("CreationTimestamp", Timestamp(meta.CreationTimestamp))
            .SetIf("DeletionTimestamp", Timestamp(meta.DeletionTimestamp))
            .SetIf("DeletionGracePeriodSeconds", meta.DeletionGracePeriodSeconds is { } grace ? CSharpLiteral.Integer(grace) : null)
            .SetIf("Generation", meta.Generation is { } generation ? CSharpLiteral.Integer(generation) : null);
    }

    private static CodeInitializer Spec(BackendTrafficPolicySpec spec)
    {
        var result = new CodeInitializer("");
        if (spec.TargetRef is { } target)
        {
            result.Set("TargetRef", new CodeInitializer("new()")
                .SetIf("Group", Text(target.Group))
                .SetIf("Kind", Text(target.Kind))
                .SetIf("Name", Text(target.Name))
                .SetIf("Namespace", Text(target.Namespace))
                .SetIf("SectionName", Text(target.SectionName)));
        }

        if (spec.LoadBalancer is { } loadBalancer)
        {
            var node = new CodeInitializer("new()").SetIf("Type", ClosedSetConstants.LoadBalancerTypes.Expression(loadBalancer.Type));
            if (loadBalancer.ConsistentHash is { } hash)
            {
                node.Set("ConsistentHash", new CodeInitializer("new()").SetIf("Type", ClosedSetConstants.ConsistentHashTypes.Expression(hash.Type)));
            }

            result.Set("LoadBalancer", node);
        }

        if (spec.RateLimit is { } rateLimit)
        {
            var node = new CodeInitializer("new()").SetIf("Type", ClosedSetConstants.RateLimitTypes.Expression(rateLimit.Type));
            if (rateLimit.Global is { } global)
            {
                var rules = new CodeInitializer("");
                foreach (var rule in global.Rules)
                {
                    rules.Item(Rule(rule));
                }

                node.Set("Global", new CodeInitializer("new()").SetUnlessEmpty("Rules", rules));
            }

            result.Set("RateLimit", node);
        }

        return result;
    }

    private static CodeInitializer Rule(RateLimitRule rule)
    {
        var selectors = new CodeInitializer("");
        foreach (var selector in rule.ClientSelectors)
        {
            var headers = new CodeInitializer("");
            foreach (var header in selector.Headers)
            {
                headers.Item(new CodeInitializer("new()")
                    .SetIf("Name", Text(header.Name))
                    .SetIf("Type", ClosedSetConstants.HeaderMatchTypes.Expression(header.Type))
                    .SetIf("Value", Text(header.Value)));
            }

            var node = new CodeInitializer("new()").SetUnlessEmpty("Headers", headers);
            if (selector.SourceCIDR is { } cidr)
            {
                node.Set("SourceCIDR", new CodeInitializer("new()")
                    .SetIf("Type", ClosedSetConstants.SourceMatchTypes.Expression(cidr.Type))
                    .SetIf("Value", Text(cidr.Value)));
            }

            selectors.Item(node);
        }

        var result = new CodeInitializer("new()").SetUnlessEmpty("ClientSelectors", selectors);
        if (rule.Limit is { } limit)
        {
            result.Set("Limit", new CodeInitializer("new()")
                .SetIf("Requests", limit.Requests is { } requests ? CSharpLiteral.Integer(requests) : null)
                .SetIf("Unit", ClosedSetConstants.RateLimitUnits.Expression(limit.Unit)));
        }

        return result;
    }

    private static string? Text(string? value) => value is null ? null : CSharpLiteral.String(value);

    private string? Timestamp(DateTimeOffset? value)
    {
        if (value is not { } time)
        {
            return null;
        }

        _usesSystem = true;
        var utc = time.ToUniversalTime();
        if (utc.Ticks % TimeSpan.TicksPerSecond == 0)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"new DateTimeOffset({utc.Year}, {utc.Month}, {utc.Day}, {utc.Hour}, {utc.Minute}, {utc.Second}, TimeSpan.Zero)");
        }

        // Sub-second precision: the round-trip format keeps every tick.
        _usesGlobalization = true;
        return $"DateTimeOffset.Parse(\"{utc.ToString("O", CultureInfo.InvariantCulture)}\", CultureInfo.InvariantCulture)";
    }

    private static string OneLine(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(char.IsControl(c) || c is '\u2028' or '\u2029' ? '?' : c);
        }

        return builder.ToString();
    }

    private static string Xml(string text)
        => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
