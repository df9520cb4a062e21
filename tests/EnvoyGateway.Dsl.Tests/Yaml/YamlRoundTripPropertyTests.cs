using System.Text;
using CsCheck;
using EnvoyGateway.Dsl.Gateway.V1Alpha1;

namespace EnvoyGateway.Dsl.Tests.Yaml;

/// <summary>
/// Random policies with every field and hostile strings survive writing and reading: the text is stable
/// (<c>Parse(ToYaml(x)).ToYaml() == ToYaml(x)</c>) and the model is structurally equal. CsCheck prints the
/// seed of a failing case; pass it as <c>seed:</c> to replay.
/// </summary>
public class YamlRoundTripPropertyTests
{
    private static readonly string[] LookAlikes = HostileStrings.All.Where(entry => entry.Key != "long").Select(entry => entry.Value).ToArray();

    // Valid UTF-16 only: BMP characters outside the surrogate range, or whole astral code points.
    private static readonly Gen<string> Char = Gen.Frequency(
        (6, Gen.Char['a', 'z'].Select(c => c.ToString())),
        (2, Gen.Char[' ', '~'].Select(c => c.ToString())),
        (1, Gen.Char['\0', '\u001F'].Select(c => c.ToString())),
        (1, Gen.Char['\u007F', '\u00FF'].Select(c => c.ToString())),
        (1, Gen.Char['\u0100', '\uD7FF'].Select(c => c.ToString())),
        (1, Gen.Char['\uE000', '\uFFFD'].Select(c => c.ToString())),
        (1, Gen.Int[0x10000, 0x10FFFF].Select(char.ConvertFromUtf32)));

    private static readonly Gen<string> Text = Gen.Frequency(
        (4, Char.Array[0, 12].Select(string.Concat)),
        (3, Gen.OneOf(LookAlikes)),
        (1, Char.Array[200, 1200].Select(string.Concat)));

    private static readonly Gen<string?> OptionalText = Gen.Frequency((1, Gen.Const(default(string?))), (3, Text.Select(t => (string?)t)));

    private static readonly Gen<bool?> OptionalBool = Gen.OneOf<bool?>(null, true, false);

    private static readonly Gen<DateTimeOffset?> OptionalTimestamp = Gen.Frequency(
        (1, Gen.Const(default(DateTimeOffset?))),
        (2, Gen.Long[0, 4102444800L].Select(seconds => (DateTimeOffset?)DateTimeOffset.FromUnixTimeSeconds(seconds))));

    private static readonly Gen<long?> OptionalLong = Gen.Frequency((1, Gen.Const(default(long?))), (2, Gen.Long.Select(v => (long?)v)));

    private static readonly Gen<Dictionary<string, string>> StringMap = Gen.Select(Text, Text).Array[0, 4]
        .Select(pairs => pairs.DistinctBy(pair => pair.Item1).ToDictionary(pair => pair.Item1, pair => pair.Item2, StringComparer.Ordinal));

    private static readonly Gen<OwnerReference> Owner = Gen.Select(OptionalText, OptionalText, OptionalText, OptionalText, OptionalBool, OptionalBool)
        .Select((apiVersion, kind, name, uid, controller, block) => new OwnerReference { ApiVersion = apiVersion, Kind = kind, Name = name, Uid = uid, Controller = controller, BlockOwnerDeletion = block });

    private static readonly Gen<ObjectMeta> Meta = Gen.Select(
        Gen.Select(OptionalText, OptionalText, StringMap, StringMap, Text.Array[0, 3], Owner.Array[0, 2]),
        Gen.Select(OptionalText, OptionalText, OptionalText, OptionalText, OptionalText),
        Gen.Select(OptionalTimestamp, OptionalTimestamp, OptionalLong, OptionalLong))
        .Select((a, b, c) => new ObjectMeta
        {
            Name = a.Item1,
            Namespace = a.Item2,
            Labels = a.Item3,
            Annotations = a.Item4,
            Finalizers = [.. a.Item5],
            OwnerReferences = [.. a.Item6],
            GenerateName = b.Item1,
            ClusterName = b.Item2,
            ResourceVersion = b.Item3,
            SelfLink = b.Item4,
            Uid = b.Item5,
            CreationTimestamp = c.Item1,
            DeletionTimestamp = c.Item2,
            DeletionGracePeriodSeconds = c.Item3,
            Generation = c.Item4,
        });

    private static readonly Gen<HeaderMatch> Header = Gen.Select(OptionalText, OptionalText, OptionalText)
        .Select((name, type, value) => new HeaderMatch { Name = name, Type = type, Value = value });

    private static readonly Gen<SourceMatch?> Source = Gen.Frequency(
        (1, Gen.Const(default(SourceMatch?))),
        (1, Gen.Select(OptionalText, OptionalText).Select((type, value) => (SourceMatch?)new SourceMatch { Type = type, Value = value })));

    private static readonly Gen<RateLimitSelectCondition> Selector = Gen.Select(Header.Array[0, 3], Source)
        .Select((headers, source) => new RateLimitSelectCondition { Headers = [.. headers], SourceCIDR = source });

    private static readonly Gen<RateLimitValue?> Limit = Gen.Frequency(
        (1, Gen.Const(default(RateLimitValue?))),
        (3, Gen.Select(Gen.Frequency((1, Gen.Const(default(uint?))), (3, Gen.UInt.Select(v => (uint?)v))), OptionalText)
            .Select((requests, unit) => (RateLimitValue?)new RateLimitValue { Requests = requests, Unit = unit })));

    private static readonly Gen<RateLimitRule> Rule = Gen.Select(Selector.Array[0, 3], Limit)
        .Select((selectors, limit) => new RateLimitRule { ClientSelectors = [.. selectors], Limit = limit });

    private static readonly Gen<RateLimitSpec?> RateLimit = Gen.Frequency(
        (1, Gen.Const(default(RateLimitSpec?))),
        (3, Gen.Select(OptionalText, Gen.Frequency((1, Gen.Const(default(GlobalRateLimit?))), (3, Rule.Array[0, 3].Select(rules => (GlobalRateLimit?)new GlobalRateLimit { Rules = [.. rules] }))))
            .Select((type, global) => (RateLimitSpec?)new RateLimitSpec { Type = type, Global = global })));

    private static readonly Gen<LoadBalancer?> LoadBalancer = Gen.Frequency(
        (1, Gen.Const(default(LoadBalancer?))),
        (2, Gen.Select(OptionalText, Gen.Frequency((1, Gen.Const(default(ConsistentHash?))), (1, OptionalText.Select(type => (ConsistentHash?)new ConsistentHash { Type = type }))))
            .Select((type, hash) => (LoadBalancer?)new LoadBalancer { Type = type, ConsistentHash = hash })));

    private static readonly Gen<PolicyTargetReference?> Target = Gen.Frequency(
        (1, Gen.Const(default(PolicyTargetReference?))),
        (3, Gen.Select(OptionalText, OptionalText, OptionalText, OptionalText, OptionalText)
            .Select((group, kind, name, ns, section) => (PolicyTargetReference?)new PolicyTargetReference { Group = group, Kind = kind, Name = name, Namespace = ns, SectionName = section })));

    private static readonly Gen<BackendTrafficPolicy> Policy = Gen.Select(Meta, Target, LoadBalancer, RateLimit)
        .Select((meta, target, loadBalancer, rateLimit) => new BackendTrafficPolicy("unused")
        {
            Metadata = meta,
            Spec = new BackendTrafficPolicySpec { TargetRef = target, LoadBalancer = loadBalancer, RateLimit = rateLimit },
        });

    [Fact]
    public void Write_then_read_is_the_identity()
    {
        Policy.Sample(
            policy =>
            {
                var yaml = policy.ToYaml();
                var read = (BackendTrafficPolicy)Assert.Single(ManifestSet.Parse(yaml));

                Assert.Equal(yaml, read.ToYaml());
                Assert.Equal(ModelText.Of(policy), ModelText.Of(read));
            },
            iter: 600,
            threads: 1,
            print: policy => policy.ToYaml());
    }

    /// <summary>
    /// An independent structural projection of the model (not through YAML), so that a field the writer
    /// and reader both forget still shows up.
    /// </summary>
    private static class ModelText
    {
        public static string Of(BackendTrafficPolicy policy)
        {
            var text = new StringBuilder();
            var meta = policy.Metadata;
            Add(text, meta.Name, meta.Namespace, meta.GenerateName, meta.ClusterName, meta.ResourceVersion, meta.SelfLink, meta.Uid,
                meta.CreationTimestamp?.ToUnixTimeSeconds(), meta.DeletionTimestamp?.ToUnixTimeSeconds(), meta.DeletionGracePeriodSeconds, meta.Generation);
            foreach (var (key, value) in meta.Labels.OrderBy(pair => pair.Key, StringComparer.Ordinal))
            {
                Add(text, "label", key, value);
            }

            foreach (var (key, value) in meta.Annotations.OrderBy(pair => pair.Key, StringComparer.Ordinal))
            {
                Add(text, "annotation", key, value);
            }

            meta.Finalizers.ForEach(finalizer => Add(text, "finalizer", finalizer));
            meta.OwnerReferences.ForEach(owner => Add(text, "owner", owner.ApiVersion, owner.Kind, owner.Name, owner.Uid, owner.Controller, owner.BlockOwnerDeletion));
            var spec = policy.Spec;
            Add(text, "target", spec.TargetRef is null, spec.TargetRef?.Group, spec.TargetRef?.Kind, spec.TargetRef?.Name, spec.TargetRef?.Namespace, spec.TargetRef?.SectionName);
            Add(text, "lb", spec.LoadBalancer is null, spec.LoadBalancer?.Type, spec.LoadBalancer?.ConsistentHash is null, spec.LoadBalancer?.ConsistentHash?.Type);
            Add(text, "rl", spec.RateLimit is null, spec.RateLimit?.Type, spec.RateLimit?.Global is null);
            foreach (var rule in spec.RateLimit?.Global?.Rules ?? [])
            {
                Add(text, "rule", rule.Limit is null, rule.Limit?.Requests, rule.Limit?.Unit);
                foreach (var selector in rule.ClientSelectors)
                {
                    Add(text, "selector", selector.SourceCIDR is null, selector.SourceCIDR?.Type, selector.SourceCIDR?.Value);
                    selector.Headers.ForEach(header => Add(text, "header", header.Name, header.Type, header.Value));
                }
            }

            return text.ToString();
        }

        private static void Add(StringBuilder text, params object?[] values)
        {
            foreach (var value in values)
            {
                text.Append(value switch { null => "<null>", string s => "\"" + s + "\"", _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) }).Append('|');
            }

            text.Append('\n');
        }
    }
}
