using EnvoyGateway.Dsl.Gateway.V1Alpha1;

namespace EnvoyGateway.Dsl.Tests.Oracle;

/// <summary>
/// Where a typed C# equivalent cannot produce what jsonnet produced for a probe argument, and what it
/// produces instead. <paramref name="Path"/> is relative to the compared fragment; <paramref name="Jsonnet"/>
/// may be <see cref="Tree.Missing"/>.
/// </summary>
internal sealed record Deviation(string Path, object? Jsonnet, object? Typed, string Why);

/// <summary>
/// The C# equivalent of one library function called with the probe argument of api_surface.jsonnet.
/// <paramref name="ElementPath"/>: null for functions anchored at the resource (their fragment is what the
/// policy adds to a bare <c>new BackendTrafficPolicy("probe")</c>); the path of the list element for
/// functions that build rules, selectors or headers; empty for the whole document.
/// </summary>
internal sealed record SurfaceCase(Func<BackendTrafficPolicy> Build, string? ElementPath, params Deviation[] Deviations);

/// <summary>
/// The 41 functions of envoy-gateway-libsonnet's backendTrafficPolicy, each as the C# a user writes instead.
/// Probe arguments (from api_surface.jsonnet): strings 'S', numbers 1, arrays ['A'], objects {k: 'v'}.
/// </summary>
internal static class ApiSurfaceCases
{
    public const string BaselineName = "probe";
    public const string Rule = "spec.rateLimit.global.rules[0]";
    public const string Selector = Rule + ".clientSelectors[0]";
    public const string Header = Selector + ".headers[0]";

    /// <summary>The real instant used where the probe passed the non-timestamp 'S'.</summary>
    public const string TimestampText = "2024-01-01T00:00:00Z";

    private static readonly DateTimeOffset Timestamp = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private const string NotATimestamp = "the property is a DateTimeOffset: the probe 'S' is not a timestamp and cannot be held; a real instant is written as RFC 3339 UTC";
    private const string OwnerIsAnObject = "an owner reference is an object; the closest typed equivalent of the bare string 'A' is a reference named 'A'";
    private const string HeaderIsAnObject = "a header match is an object identified by its name; the closest typed equivalent of 'A' is a match named 'A'";
    private const string SelectorIsAnObject = "a client selector is an object without a scalar field; the closest typed equivalent of 'A' is an empty selector";
    private const string RuleIsAnObject = "a rule is an object without a scalar field; the closest typed equivalent of 'A' is an empty rule";

    public static BackendTrafficPolicy Baseline() => new(BaselineName);

    public static IReadOnlyDictionary<string, SurfaceCase> All { get; } = new Dictionary<string, SurfaceCase>(StringComparer.Ordinal)
    {
        ["new"] = new(() => new("S"), "",
            new Deviation("spec", Tree.Missing, Tree.Map(), "a typed policy always has a spec (the CRD requires one), written as `spec: {}` until filled")),

        // metadata: plain withX replaces (assign a new collection), withXMixin merges or appends (collection initializer).
        ["metadata.withAnnotations"] = Fragment(() => new(BaselineName) { Metadata = { Annotations = new() { ["k"] = "v" } } }),
        ["metadata.withAnnotationsMixin"] = Fragment(() => new(BaselineName) { Metadata = { Annotations = { ["k"] = "v" } } }),
        ["metadata.withClusterName"] = Fragment(() => new(BaselineName) { Metadata = { ClusterName = "S" } }),
        ["metadata.withCreationTimestamp"] = Fragment(() => new(BaselineName) { Metadata = { CreationTimestamp = Timestamp } },
            new Deviation("metadata.creationTimestamp", "S", TimestampText, NotATimestamp)),
        ["metadata.withDeletionGracePeriodSeconds"] = Fragment(() => new(BaselineName) { Metadata = { DeletionGracePeriodSeconds = 1 } }),
        ["metadata.withDeletionTimestamp"] = Fragment(() => new(BaselineName) { Metadata = { DeletionTimestamp = Timestamp } },
            new Deviation("metadata.deletionTimestamp", "S", TimestampText, NotATimestamp)),
        ["metadata.withFinalizers"] = Fragment(() => new(BaselineName) { Metadata = { Finalizers = new() { "A" } } }),
        ["metadata.withFinalizersMixin"] = Fragment(() => new(BaselineName) { Metadata = { Finalizers = { "A" } } }),
        ["metadata.withGenerateName"] = Fragment(() => new(BaselineName) { Metadata = { GenerateName = "S" } }),
        ["metadata.withGeneration"] = Fragment(() => new(BaselineName) { Metadata = { Generation = 1 } }),
        ["metadata.withLabels"] = Fragment(() => new(BaselineName) { Metadata = { Labels = new() { ["k"] = "v" } } }),
        ["metadata.withLabelsMixin"] = Fragment(() => new(BaselineName) { Metadata = { Labels = { ["k"] = "v" } } }),
        ["metadata.withName"] = Fragment(() => new(BaselineName) { Metadata = { Name = "S" } }),
        ["metadata.withNamespace"] = Fragment(() => new(BaselineName) { Metadata = { Namespace = "S" } }),
        ["metadata.withOwnerReferences"] = Fragment(() => new(BaselineName) { Metadata = { OwnerReferences = new() { new() { Name = "A" } } } },
            new Deviation("metadata.ownerReferences[0]", "A", Tree.Map(("name", "A")), OwnerIsAnObject)),
        ["metadata.withOwnerReferencesMixin"] = Fragment(() => new(BaselineName) { Metadata = { OwnerReferences = { new() { Name = "A" } } } },
            new Deviation("metadata.ownerReferences[0]", "A", Tree.Map(("name", "A")), OwnerIsAnObject)),
        ["metadata.withResourceVersion"] = Fragment(() => new(BaselineName) { Metadata = { ResourceVersion = "S" } }),
        ["metadata.withSelfLink"] = Fragment(() => new(BaselineName) { Metadata = { SelfLink = "S" } }),
        ["metadata.withUid"] = Fragment(() => new(BaselineName) { Metadata = { Uid = "S" } }),

        // spec.loadBalancer
        ["spec.loadBalancer.withType"] = Fragment(() => new(BaselineName) { Spec = { LoadBalancer = new() { Type = "S" } } }),
        ["spec.loadBalancer.consistentHash.withType"] = Fragment(() => new(BaselineName) { Spec = { LoadBalancer = new() { ConsistentHash = new() { Type = "S" } } } }),

        // spec.rateLimit
        ["spec.rateLimit.withType"] = Fragment(() => new(BaselineName) { Spec = { RateLimit = new() { Type = "S" } } }),
        ["spec.rateLimit.global.withRules"] = Fragment(() => new(BaselineName) { Spec = { RateLimit = new() { Global = new() { Rules = new() { new() } } } } },
            new Deviation("spec.rateLimit.global.rules[0]", "A", Tree.Map(), RuleIsAnObject)),
        ["spec.rateLimit.global.withRulesMixin"] = Fragment(() => new(BaselineName) { Spec = { RateLimit = new() { Global = new() { Rules = { new() } } } } },
            new Deviation("spec.rateLimit.global.rules[0]", "A", Tree.Map(), RuleIsAnObject)),

        // Rules, selectors and headers are list elements in jsonnet too: their fragment is the element.
        ["spec.rateLimit.global.rules.withClientSelectors"] = Element(Rule, InRule(new() { ClientSelectors = new() { new() } }),
            new Deviation("clientSelectors[0]", "A", Tree.Map(), SelectorIsAnObject)),
        ["spec.rateLimit.global.rules.withClientSelectorsMixin"] = Element(Rule, InRule(new() { ClientSelectors = { new() } }),
            new Deviation("clientSelectors[0]", "A", Tree.Map(), SelectorIsAnObject)),
        ["spec.rateLimit.global.rules.limit.withRequests"] = Element(Rule, InRule(new() { Limit = new() { Requests = 1 } })),
        ["spec.rateLimit.global.rules.limit.withUnit"] = Element(Rule, InRule(new() { Limit = new() { Unit = "S" } })),
        ["spec.rateLimit.global.rules.clientSelectors.withHeaders"] = Element(Selector, InSelector(new() { Headers = new() { new() { Name = "A" } } }),
            new Deviation("headers[0]", "A", Tree.Map(("name", "A")), HeaderIsAnObject)),
        ["spec.rateLimit.global.rules.clientSelectors.withHeadersMixin"] = Element(Selector, InSelector(new() { Headers = { new() { Name = "A" } } }),
            new Deviation("headers[0]", "A", Tree.Map(("name", "A")), HeaderIsAnObject)),
        ["spec.rateLimit.global.rules.clientSelectors.sourceCIDR.withType"] = Element(Selector, InSelector(new() { SourceCIDR = new() { Type = "S" } })),
        ["spec.rateLimit.global.rules.clientSelectors.sourceCIDR.withValue"] = Element(Selector, InSelector(new() { SourceCIDR = new() { Value = "S" } })),
        ["spec.rateLimit.global.rules.clientSelectors.headers.withName"] = Element(Header, InHeader(new() { Name = "S" })),
        ["spec.rateLimit.global.rules.clientSelectors.headers.withType"] = Element(Header, InHeader(new() { Type = "S" })),
        ["spec.rateLimit.global.rules.clientSelectors.headers.withValue"] = Element(Header, InHeader(new() { Value = "S" })),

        // spec.targetRef
        ["spec.targetRef.withGroup"] = Fragment(() => new(BaselineName) { Spec = { TargetRef = new() { Group = "S" } } }),
        ["spec.targetRef.withKind"] = Fragment(() => new(BaselineName) { Spec = { TargetRef = new() { Kind = "S" } } }),
        ["spec.targetRef.withName"] = Fragment(() => new(BaselineName) { Spec = { TargetRef = new() { Name = "S" } } }),
        ["spec.targetRef.withNamespace"] = Fragment(() => new(BaselineName) { Spec = { TargetRef = new() { Namespace = "S" } } }),
        ["spec.targetRef.withSectionName"] = Fragment(() => new(BaselineName) { Spec = { TargetRef = new() { SectionName = "S" } } }),
    };

    private static SurfaceCase Fragment(Func<BackendTrafficPolicy> build, params Deviation[] deviations) => new(build, null, deviations);

    private static SurfaceCase Element(string path, Func<BackendTrafficPolicy> build, params Deviation[] deviations) => new(build, path, deviations);

    // Place the element where the library's element functions would put it.
    private static Func<BackendTrafficPolicy> InRule(RateLimitRule rule)
        => () => new(BaselineName) { Spec = { RateLimit = new() { Global = new() { Rules = { rule } } } } };

    private static Func<BackendTrafficPolicy> InSelector(RateLimitSelectCondition selector) => InRule(new() { ClientSelectors = { selector } });

    private static Func<BackendTrafficPolicy> InHeader(HeaderMatch header) => InSelector(new() { Headers = { header } });
}
