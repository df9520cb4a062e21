using System.Globalization;
using EnvoyGateway.Dsl.Gateway.V1Alpha1;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace EnvoyGateway.Dsl.Benchmarks;

/// <summary>
/// Writes policies with YamlDotNet's low-level <see cref="Emitter"/> in the same field order and with the
/// same omissions as our writer; only a benchmark peer, not a supported output path.
/// </summary>
internal static class YamlDotNetEmitterPeer
{
    public static string Write(ManifestSet set)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);
        var emitter = new Emitter(text);
        emitter.Emit(new StreamStart());
        foreach (var resource in set)
        {
            var policy = (BackendTrafficPolicy)resource;
            emitter.Emit(new DocumentStart());
            emitter.Emit(new MappingStart());
            Pair(emitter, "apiVersion", policy.ApiVersion);
            Pair(emitter, "kind", policy.Kind);
            Metadata(emitter, policy.Metadata);
            Spec(emitter, policy.Spec);
            emitter.Emit(new MappingEnd());
            emitter.Emit(new DocumentEnd(isImplicit: true));
        }

        emitter.Emit(new StreamEnd());
        return text.ToString();
    }

    private static void Metadata(IEmitter emitter, ObjectMeta meta)
    {
        Key(emitter, "metadata");
        emitter.Emit(new MappingStart());
        Map(emitter, "annotations", meta.Annotations);
        Map(emitter, "labels", meta.Labels);
        Pair(emitter, "name", meta.Name);
        Pair(emitter, "namespace", meta.Namespace);
        emitter.Emit(new MappingEnd());
    }

    private static void Spec(IEmitter emitter, BackendTrafficPolicySpec spec)
    {
        Key(emitter, "spec");
        emitter.Emit(new MappingStart());
        if (spec.LoadBalancer is { } loadBalancer)
        {
            Key(emitter, "loadBalancer");
            emitter.Emit(new MappingStart());
            Pair(emitter, "type", loadBalancer.Type);
            emitter.Emit(new MappingEnd());
        }

        if (spec.RateLimit is { } rateLimit)
        {
            Key(emitter, "rateLimit");
            emitter.Emit(new MappingStart());
            if (rateLimit.Global is { } global)
            {
                Key(emitter, "global");
                emitter.Emit(new MappingStart());
                Key(emitter, "rules");
                emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, isImplicit: true, SequenceStyle.Block));
                foreach (var rule in global.Rules)
                {
                    Rule(emitter, rule);
                }

                emitter.Emit(new SequenceEnd());
                emitter.Emit(new MappingEnd());
            }

            Pair(emitter, "type", rateLimit.Type);
            emitter.Emit(new MappingEnd());
        }

        if (spec.TargetRef is { } target)
        {
            Key(emitter, "targetRef");
            emitter.Emit(new MappingStart());
            Pair(emitter, "group", target.Group);
            Pair(emitter, "kind", target.Kind);
            Pair(emitter, "name", target.Name);
            Pair(emitter, "namespace", target.Namespace);
            emitter.Emit(new MappingEnd());
        }

        emitter.Emit(new MappingEnd());
    }

    private static void Rule(IEmitter emitter, RateLimitRule rule)
    {
        emitter.Emit(new MappingStart());
        Key(emitter, "clientSelectors");
        emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, isImplicit: true, SequenceStyle.Block));
        foreach (var selector in rule.ClientSelectors)
        {
            emitter.Emit(new MappingStart());
            if (selector.Headers.Count > 0)
            {
                Key(emitter, "headers");
                emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, isImplicit: true, SequenceStyle.Block));
                foreach (var header in selector.Headers)
                {
                    emitter.Emit(new MappingStart());
                    Pair(emitter, "name", header.Name);
                    Pair(emitter, "type", header.Type);
                    Pair(emitter, "value", header.Value);
                    emitter.Emit(new MappingEnd());
                }

                emitter.Emit(new SequenceEnd());
            }

            if (selector.SourceCIDR is { } cidr)
            {
                Key(emitter, "sourceCIDR");
                emitter.Emit(new MappingStart());
                Pair(emitter, "type", cidr.Type);
                Pair(emitter, "value", cidr.Value);
                emitter.Emit(new MappingEnd());
            }

            emitter.Emit(new MappingEnd());
        }

        emitter.Emit(new SequenceEnd());
        if (rule.Limit is { } limit)
        {
            Key(emitter, "limit");
            emitter.Emit(new MappingStart());
            if (limit.Requests is { } requests)
            {
                Key(emitter, "requests");
                emitter.Emit(new Scalar(requests.ToString(CultureInfo.InvariantCulture)));
            }

            Pair(emitter, "unit", limit.Unit);
            emitter.Emit(new MappingEnd());
        }

        emitter.Emit(new MappingEnd());
    }

    private static void Map(IEmitter emitter, string key, Dictionary<string, string> map)
    {
        if (map.Count == 0)
        {
            return;
        }

        Key(emitter, key);
        emitter.Emit(new MappingStart());
        foreach (var entry in map.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            Pair(emitter, entry.Key, entry.Value);
        }

        emitter.Emit(new MappingEnd());
    }

    private static void Pair(IEmitter emitter, string key, string? value)
    {
        if (value is not null)
        {
            Key(emitter, key);
            emitter.Emit(new Scalar(value));
        }
    }

    private static void Key(IEmitter emitter, string key) => emitter.Emit(new Scalar(key));
}
