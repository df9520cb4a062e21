using EnvoyGateway.Dsl.Gateway.V1Alpha1;

namespace EnvoyGateway.Dsl.Serialization;

/// <summary>Binds <c>spec</c> of a BackendTrafficPolicy (Envoy Gateway v0.6.0), field by field, refusing unknown fields.</summary>
internal static class PolicySpecBinder
{
    public static BackendTrafficPolicySpec BindSpec(BindContext context, YamlMappingNode mapping)
    {
        var spec = new BackendTrafficPolicySpec("", 0) { Source = context.At(mapping), FieldSources = context.FieldSources(mapping) };
        foreach (var (key, value) in mapping.Entries)
        {
            context.Path.Push(key.Value);
            switch (key.Value)
            {
                case "targetRef": spec.TargetRef = Bind(context, value, BindTargetRef); break;
                case "loadBalancer": spec.LoadBalancer = Bind(context, value, BindLoadBalancer); break;
                case "rateLimit": spec.RateLimit = Bind(context, value, BindRateLimit); break;
                default: throw context.UnknownField(key, "spec", "loadBalancer, rateLimit, targetRef");
            }

            context.Path.Pop();
        }

        return spec;
    }

    private static T? Bind<T>(BindContext context, YamlNode node, Func<BindContext, YamlMappingNode, T> bind)
        where T : class
        => context.Mapping(node) is { } mapping ? bind(context, mapping) : null;

    private static T BindItem<T>(BindContext context, YamlNode node, Func<BindContext, YamlMappingNode, T> bind)
        => bind(context, context.Mapping(node) ?? throw context.Error(node, "expected a mapping, found null"));

    private static PolicyTargetReference BindTargetRef(BindContext context, YamlMappingNode mapping)
    {
        var target = new PolicyTargetReference("", 0) { Source = context.At(mapping), FieldSources = context.FieldSources(mapping) };
        foreach (var (key, value) in mapping.Entries)
        {
            context.Path.Push(key.Value);
            switch (key.Value)
            {
                case "group": target.Group = context.String(value); break;
                case "kind": target.Kind = context.String(value); break;
                case "name": target.Name = context.String(value); break;
                case "namespace": target.Namespace = context.String(value); break;
                case "sectionName": target.SectionName = context.String(value); break;
                default: throw context.UnknownField(key, "targetRef", "group, kind, name, namespace, sectionName");
            }

            context.Path.Pop();
        }

        return target;
    }

    private static LoadBalancer BindLoadBalancer(BindContext context, YamlMappingNode mapping)
    {
        var loadBalancer = new LoadBalancer("", 0) { Source = context.At(mapping), FieldSources = context.FieldSources(mapping) };
        foreach (var (key, value) in mapping.Entries)
        {
            context.Path.Push(key.Value);
            switch (key.Value)
            {
                case "type": loadBalancer.Type = context.String(value); break;
                case "consistentHash": loadBalancer.ConsistentHash = Bind(context, value, BindConsistentHash); break;
                default: throw context.UnknownField(key, "loadBalancer", "consistentHash, type");
            }

            context.Path.Pop();
        }

        return loadBalancer;
    }

    private static ConsistentHash BindConsistentHash(BindContext context, YamlMappingNode mapping)
    {
        var hash = new ConsistentHash("", 0) { Source = context.At(mapping), FieldSources = context.FieldSources(mapping) };
        foreach (var (key, value) in mapping.Entries)
        {
            context.Path.Push(key.Value);
            hash.Type = key.Value == "type" ? context.String(value) : throw context.UnknownField(key, "consistentHash", "type");
            context.Path.Pop();
        }

        return hash;
    }

    private static RateLimitSpec BindRateLimit(BindContext context, YamlMappingNode mapping)
    {
        var rateLimit = new RateLimitSpec("", 0) { Source = context.At(mapping), FieldSources = context.FieldSources(mapping) };
        foreach (var (key, value) in mapping.Entries)
        {
            context.Path.Push(key.Value);
            switch (key.Value)
            {
                case "type": rateLimit.Type = context.String(value); break;
                case "global": rateLimit.Global = Bind(context, value, BindGlobal); break;
                default: throw context.UnknownField(key, "rateLimit", "global, type");
            }

            context.Path.Pop();
        }

        return rateLimit;
    }

    private static GlobalRateLimit BindGlobal(BindContext context, YamlMappingNode mapping)
    {
        var global = new GlobalRateLimit("", 0) { Source = context.At(mapping), FieldSources = context.FieldSources(mapping) };
        foreach (var (key, value) in mapping.Entries)
        {
            context.Path.Push(key.Value);
            if (key.Value != "rules")
            {
                throw context.UnknownField(key, "global", "rules");
            }

            context.Items(value, "rules", global.Rules, static (c, item) => BindItem(c, item, BindRule));
            context.Path.Pop();
        }

        return global;
    }

    private static RateLimitRule BindRule(BindContext context, YamlMappingNode mapping)
    {
        var rule = new RateLimitRule("", 0) { Source = context.At(mapping), FieldSources = context.FieldSources(mapping) };
        foreach (var (key, value) in mapping.Entries)
        {
            context.Path.Push(key.Value);
            switch (key.Value)
            {
                case "clientSelectors": context.Items(value, "clientSelectors", rule.ClientSelectors, static (c, item) => BindItem(c, item, BindSelector)); break;
                case "limit": rule.Limit = Bind(context, value, BindLimit); break;
                default: throw context.UnknownField(key, "rules[]", "clientSelectors, limit");
            }

            context.Path.Pop();
        }

        return rule;
    }

    private static RateLimitSelectCondition BindSelector(BindContext context, YamlMappingNode mapping)
    {
        var selector = new RateLimitSelectCondition("", 0) { Source = context.At(mapping), FieldSources = context.FieldSources(mapping) };
        foreach (var (key, value) in mapping.Entries)
        {
            context.Path.Push(key.Value);
            switch (key.Value)
            {
                case "headers": context.Items(value, "headers", selector.Headers, static (c, item) => BindItem(c, item, BindHeader)); break;
                case "sourceCIDR": selector.SourceCIDR = Bind(context, value, BindSource); break;
                default: throw context.UnknownField(key, "clientSelectors[]", "headers, sourceCIDR");
            }

            context.Path.Pop();
        }

        return selector;
    }

    private static HeaderMatch BindHeader(BindContext context, YamlMappingNode mapping)
    {
        var header = new HeaderMatch("", 0) { Source = context.At(mapping), FieldSources = context.FieldSources(mapping) };
        foreach (var (key, value) in mapping.Entries)
        {
            context.Path.Push(key.Value);
            switch (key.Value)
            {
                case "name": header.Name = context.String(value); break;
                case "type": header.Type = context.String(value); break;
                case "value": header.Value = context.String(value); break;
                default: throw context.UnknownField(key, "headers[]", "name, type, value");
            }

            context.Path.Pop();
        }

        return header;
    }

    private static SourceMatch BindSource(BindContext context, YamlMappingNode mapping)
    {
        var source = new SourceMatch("", 0) { Source = context.At(mapping), FieldSources = context.FieldSources(mapping) };
        foreach (var (key, value) in mapping.Entries)
        {
            context.Path.Push(key.Value);
            switch (key.Value)
            {
                case "type": source.Type = context.String(value); break;
                case "value": source.Value = context.String(value); break;
                default: throw context.UnknownField(key, "sourceCIDR", "type, value");
            }

            context.Path.Pop();
        }

        return source;
    }

    private static RateLimitValue BindLimit(BindContext context, YamlMappingNode mapping)
    {
        var limit = new RateLimitValue("", 0) { Source = context.At(mapping), FieldSources = context.FieldSources(mapping) };
        foreach (var (key, value) in mapping.Entries)
        {
            context.Path.Push(key.Value);
            switch (key.Value)
            {
                case "requests": limit.Requests = context.UInt32(value); break;
                case "unit": limit.Unit = context.String(value); break;
                default: throw context.UnknownField(key, "limit", "requests, unit");
            }

            context.Path.Pop();
        }

        return limit;
    }
}
