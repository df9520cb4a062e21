using System.Text;
using EnvoyGateway.Dsl.Gateway.V1Alpha1;

namespace EnvoyGateway.Dsl.Serialization;

/// <summary>
/// Writes resources as Kubernetes-conventional YAML: apiVersion, kind, metadata, spec, then every level
/// in the CRD's (alphabetical) order; unset fields and empty lists/maps omitted; set-but-empty optional
/// parts as <c>{}</c>. Hand-written rather than YamlDotNet's serializer: see docs/performance.md.
/// </summary>
internal static class YamlWriter
{
    public static string Write(KubernetesObject resource)
    {
        var builder = new StringBuilder(1024);
        WriteDocument(builder, resource);
        return builder.ToString();
    }

    // One builder per thread for WriteUtf8: after the first document it has the capacity for the next,
    // so writing thousands of files allocates only their bytes (no builder growth, no UTF-16 string).
    [ThreadStatic]
    private static StringBuilder? t_documentBuilder;

    [ThreadStatic]
    private static char[]? t_documentChars;

    /// <summary>One document as UTF-8 bytes, the same text as <see cref="Write(KubernetesObject)"/>.</summary>
    public static byte[] WriteUtf8(KubernetesObject resource)
    {
        var builder = t_documentBuilder ??= new StringBuilder(4096);
        builder.Clear();
        WriteDocument(builder, resource);
        // Copied out whole: a builder's chunks may split a surrogate pair, which per-chunk encoding would break.
        var chars = t_documentChars is { } buffer && buffer.Length >= builder.Length ? buffer : t_documentChars = new char[Math.Max(builder.Length, 4096)];
        builder.CopyTo(0, chars, builder.Length);
        return Encoding.UTF8.GetBytes(chars, 0, builder.Length);
    }

    public static string Write(ManifestSet set)
    {
        var builder = new StringBuilder(set.Count * 768);
        for (var i = 0; i < set.Count; i++)
        {
            if (i > 0)
            {
                builder.Append("---\n");
            }

            WriteDocument(builder, set[i]);
        }

        return builder.ToString();
    }

    public static void WriteDocument(StringBuilder builder, KubernetesObject resource)
    {
        var writer = new YamlTextWriter(builder);
        var root = YamlTextWriter.Root;
        writer.String(ref root, "apiVersion", resource.ApiVersion);
        writer.String(ref root, "kind", resource.Kind);
        WriteMetadata(writer, ref root, resource.Metadata);
        switch (resource)
        {
            case BackendTrafficPolicy policy:
                WriteSpec(writer, ref root, policy.Spec);
                break;
            default:
                throw new NotSupportedException($"Cannot write {resource.GetType().Name}.");
        }

        writer.EndDocument();
    }

    internal static void WriteMetadata(YamlTextWriter writer, ref YamlTextWriter.Scope parent, ObjectMeta meta)
    {
        var scope = writer.BeginMap(ref parent, "metadata");
        writer.StringMap(ref scope, "annotations", meta.Annotations);
        writer.String(ref scope, "clusterName", meta.ClusterName);
        writer.Timestamp(ref scope, "creationTimestamp", meta.CreationTimestamp);
        writer.Integer(ref scope, "deletionGracePeriodSeconds", meta.DeletionGracePeriodSeconds);
        writer.Timestamp(ref scope, "deletionTimestamp", meta.DeletionTimestamp);
        if (meta.Finalizers.Count > 0)
        {
            writer.BeginSequence(ref scope, "finalizers");
            foreach (var finalizer in meta.Finalizers)
            {
                writer.StringItem(scope, finalizer);
            }
        }

        writer.String(ref scope, "generateName", meta.GenerateName);
        writer.Integer(ref scope, "generation", meta.Generation);
        writer.StringMap(ref scope, "labels", meta.Labels);
        writer.String(ref scope, "name", meta.Name);
        writer.String(ref scope, "namespace", meta.Namespace);
        if (meta.OwnerReferences.Count > 0)
        {
            writer.BeginSequence(ref scope, "ownerReferences");
            foreach (var owner in meta.OwnerReferences)
            {
                var item = writer.BeginItem(scope);
                writer.String(ref item, "apiVersion", owner.ApiVersion);
                writer.Boolean(ref item, "blockOwnerDeletion", owner.BlockOwnerDeletion);
                writer.Boolean(ref item, "controller", owner.Controller);
                writer.String(ref item, "kind", owner.Kind);
                writer.String(ref item, "name", owner.Name);
                writer.String(ref item, "uid", owner.Uid);
                writer.EndMap(item);
            }
        }

        writer.String(ref scope, "resourceVersion", meta.ResourceVersion);
        writer.String(ref scope, "selfLink", meta.SelfLink);
        writer.String(ref scope, "uid", meta.Uid);
        writer.EndMap(scope);
    }

    private static void WriteSpec(YamlTextWriter writer, ref YamlTextWriter.Scope parent, BackendTrafficPolicySpec spec)
    {
        var scope = writer.BeginMap(ref parent, "spec");
        if (spec.LoadBalancer is { } loadBalancer)
        {
            var lb = writer.BeginMap(ref scope, "loadBalancer");
            if (loadBalancer.ConsistentHash is { } hash)
            {
                var ch = writer.BeginMap(ref lb, "consistentHash");
                writer.String(ref ch, "type", hash.Type);
                writer.EndMap(ch);
            }

            writer.String(ref lb, "type", loadBalancer.Type);
            writer.EndMap(lb);
        }

        if (spec.RateLimit is { } rateLimit)
        {
            var rl = writer.BeginMap(ref scope, "rateLimit");
            if (rateLimit.Global is { } global)
            {
                var g = writer.BeginMap(ref rl, "global");
                if (global.Rules.Count > 0)
                {
                    writer.BeginSequence(ref g, "rules");
                    foreach (var rule in global.Rules)
                    {
                        WriteRule(writer, g, rule);
                    }
                }

                writer.EndMap(g);
            }

            writer.String(ref rl, "type", rateLimit.Type);
            writer.EndMap(rl);
        }

        if (spec.TargetRef is { } target)
        {
            var tr = writer.BeginMap(ref scope, "targetRef");
            writer.String(ref tr, "group", target.Group);
            writer.String(ref tr, "kind", target.Kind);
            writer.String(ref tr, "name", target.Name);
            writer.String(ref tr, "namespace", target.Namespace);
            writer.String(ref tr, "sectionName", target.SectionName);
            writer.EndMap(tr);
        }

        writer.EndMap(scope);
    }

    private static void WriteRule(YamlTextWriter writer, in YamlTextWriter.Scope sequence, RateLimitRule rule)
    {
        var item = writer.BeginItem(sequence);
        if (rule.ClientSelectors.Count > 0)
        {
            writer.BeginSequence(ref item, "clientSelectors");
            foreach (var selector in rule.ClientSelectors)
            {
                var s = writer.BeginItem(item);
                if (selector.Headers.Count > 0)
                {
                    writer.BeginSequence(ref s, "headers");
                    foreach (var header in selector.Headers)
                    {
                        var h = writer.BeginItem(s);
                        writer.String(ref h, "name", header.Name);
                        writer.String(ref h, "type", header.Type);
                        writer.String(ref h, "value", header.Value);
                        writer.EndMap(h);
                    }
                }

                if (selector.SourceCIDR is { } cidr)
                {
                    var c = writer.BeginMap(ref s, "sourceCIDR");
                    writer.String(ref c, "type", cidr.Type);
                    writer.String(ref c, "value", cidr.Value);
                    writer.EndMap(c);
                }

                writer.EndMap(s);
            }
        }

        if (rule.Limit is { } limit)
        {
            var l = writer.BeginMap(ref item, "limit");
            writer.Integer(ref l, "requests", limit.Requests);
            writer.String(ref l, "unit", limit.Unit);
            writer.EndMap(l);
        }

        writer.EndMap(item);
    }
}
