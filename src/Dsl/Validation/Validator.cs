using EnvoyGateway.Dsl.Gateway.V1Alpha1;
using EnvoyGateway.Dsl.Rules;

namespace EnvoyGateway.Dsl.Validation;

/// <summary>
/// Build-time validation for one selected release: the metadata checks, the generated schema of every kind
/// (<see cref="SchemaTree"/> over Rules/Schema, EG1001–EG1009), then the hand-written controller and CEL
/// checks of Rules/Checks (the same checks the analyzers run on constants). Holds no rule logic of its own.
/// </summary>
internal static class Validator
{
    public static IReadOnlyList<ValidationDiagnostic> Validate(KubernetesObject resource, EnvoyGatewayVersion release)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(release);
        var collector = new DiagnosticCollector();
        ValidateResource(resource, release, collector, new Cel.CelContext(collector, release), new SchemaTree(release.Index, collector));
        return collector.Results;
    }

    // Resources per work item: enough that a run of them outweighs handing it to a thread (a set of fewer is
    // checked on the calling thread), few enough that both cores stay busy to the end of a big set.
    private const int ResourcesPerWorkItem = 256;

    /// <summary>
    /// Each resource of the set, then the set rules over them all. Resources are independent, so runs of them are
    /// checked on several threads, each with its own collector, and the set rules (which only read what
    /// <see cref="SetObjects"/> took from the model) run beside them as one more work item, the first to start;
    /// findings are joined in set order, then the set rules', so the result is the same, in the same order, as
    /// on one thread.
    /// </summary>
    public static IReadOnlyList<ValidationDiagnostic> Validate(ManifestSet set, EnvoyGatewayVersion release)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(release);
        var runCount = (set.Count + ResourcesPerWorkItem - 1) / ResourcesPerWorkItem;
        var parallel = runCount > 1;
        var objects = new SetObject[set.Count];
        ForEach(runCount, parallel, run =>
        {
            var (start, end) = RunRange(run, set.Count);
            for (var i = start; i < end; i++)
            {
                objects[i] = SetObjects.From(set[i], i);
            }
        });

        var setFindings = new List<SetFinding>();
        var runs = new IReadOnlyList<ValidationDiagnostic>[runCount];
        ForEach(runCount + 1, parallel, item =>
        {
            if (item == 0)
            {
                SetChecks.Check(objects, setFindings.Add);
                return;
            }

            var run = item - 1;
            var collector = new DiagnosticCollector();
            var cel = new Cel.CelContext(collector, release);
            var tree = new SchemaTree(release.Index, collector);
            var (start, end) = RunRange(run, set.Count);
            for (var i = start; i < end; i++)
            {
                ValidateResource(set[i], release, collector, cel, tree);
            }

            runs[run] = collector.Results;
        });

        var findings = new DiagnosticCollector();
        foreach (var run in runs)
        {
            findings.AddRange(run);
        }

        foreach (var finding in setFindings)
        {
            findings.AddSetFinding(finding, set);
        }

        return findings.Results;
    }

    /// <summary>The resources of run <paramref name="run"/> of a set of <paramref name="count"/>: start, and end (exclusive).</summary>
    private static (int Start, int End) RunRange(int run, int count) => (run * ResourcesPerWorkItem, Math.Min(count, (run + 1) * ResourcesPerWorkItem));

    /// <summary>Runs <paramref name="body"/> for 0 … <paramref name="count"/> − 1, on several threads when <paramref name="parallel"/> (a set of one run is checked on the calling thread); an exception comes out as itself, not wrapped.</summary>
    private static void ForEach(int count, bool parallel, Action<int> body)
    {
        if (!parallel)
        {
            for (var item = 0; item < count; item++)
            {
                body(item);
            }

            return;
        }

        try
        {
            Parallel.For(0, count, body);
        }
        catch (AggregateException e)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }
    }

    /// <summary>One resource, with what its run made once: the collector, its CEL context and its schema tree.</summary>
    private static void ValidateResource(KubernetesObject resource, EnvoyGatewayVersion release, DiagnosticCollector sink, Cel.CelContext cel, SchemaTree tree)
    {
        sink.Resource = resource;
        ValidateMetadata(resource.Metadata, sink);
        tree.Walk(resource);
        if (resource is BackendTrafficPolicy policy)
        {
            ValidateSpec(policy.Spec, resource.Metadata, release.Index, sink);
        }

        Cel.CelRules.Check(resource, cel);

        sink.Resource = null;
    }

    private static void ValidateMetadata(ObjectMeta meta, DiagnosticCollector sink)
    {
        sink.Enter("metadata", meta);
        MetadataChecks.CheckName(sink, Fact.Of(meta.Name));
        MetadataChecks.CheckNamespace(sink, Fact.Of(meta.Namespace));
        if (meta.LabelsIfCreated is { } labels)
        {
            foreach (var (key, value) in labels)
            {
                // Key and value apart, so that each finding points at its own half of the entry.
                sink.EnterEntry(meta.LabelSources, key, value: false);
                MetadataChecks.CheckLabel(sink, Fact.Of(key), Fact<string>.Absent);
                sink.EnterEntry(meta.LabelSources, key, value: true);
                MetadataChecks.CheckLabel(sink, Fact<string>.Absent, Fact.Of(value));
                sink.ExitEntry();
            }
        }

        if (meta.AnnotationsIfCreated is { Count: > 0 } annotations)
        {
            long size = 0;
            foreach (var (key, value) in annotations)
            {
                sink.EnterEntry(meta.AnnotationSources, key, value: false);
                MetadataChecks.CheckAnnotationKey(sink, Fact.Of(key));
                sink.ExitEntry();
                size += MetadataChecks.Utf8Size(key, value);
            }

            MetadataChecks.CheckAnnotationSize(sink, Fact<long>.Of(size));
        }

        CheckServerPopulated(meta, sink);

        sink.Exit();
    }

    private static void CheckServerPopulated(ObjectMeta meta, DiagnosticCollector sink)
    {
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        if (meta.ClusterName is { } cluster)
        {
            MetadataChecks.CheckServerPopulated(sink, "clusterName", cluster);
        }

        if (meta.CreationTimestamp is { } created)
        {
            MetadataChecks.CheckServerPopulated(sink, "creationTimestamp", Serialization.YamlScalars.Timestamp(created));
        }

        if (meta.DeletionGracePeriodSeconds is { } grace)
        {
            MetadataChecks.CheckServerPopulated(sink, "deletionGracePeriodSeconds", grace.ToString(invariant));
        }

        if (meta.DeletionTimestamp is { } deleted)
        {
            MetadataChecks.CheckServerPopulated(sink, "deletionTimestamp", Serialization.YamlScalars.Timestamp(deleted));
        }

        if (meta.Generation is { } generation)
        {
            MetadataChecks.CheckServerPopulated(sink, "generation", generation.ToString(invariant));
        }

        if (meta.ResourceVersion is { } version)
        {
            MetadataChecks.CheckServerPopulated(sink, "resourceVersion", version);
        }

        if (meta.SelfLink is { } selfLink)
        {
            MetadataChecks.CheckServerPopulated(sink, "selfLink", selfLink);
        }

        if (meta.Uid is { } uid)
        {
            MetadataChecks.CheckServerPopulated(sink, "uid", uid);
        }
    }

    /// <summary>The hand-written controller and CEL checks of the v0.6 BackendTrafficPolicy (its schema rules are in the walk).</summary>
    private static void ValidateSpec(BackendTrafficPolicySpec spec, ObjectMeta meta, int release, DiagnosticCollector sink)
    {
        sink.Enter("spec", spec);
        PolicyChecks.CheckSpec(sink, Fact.Of(spec.TargetRef?.Kind), Fact.Present(spec.RateLimit), Fact.Present(spec.LoadBalancer));

        if (spec.TargetRef is { } target)
        {
            sink.Enter("targetRef", target);
            TargetRefChecks.Check(sink, release, Fact.Of(target.Group), Fact.Of(target.Kind), Fact.Of(target.SectionName));
            PolicyChecks.CheckTargetNamespace(sink, Fact.Of(target.Namespace), Fact.Of(string.IsNullOrEmpty(meta.Namespace) ? null : meta.Namespace));
            sink.Exit();
        }

        if (spec.LoadBalancer is { } loadBalancer)
        {
            sink.Enter("loadBalancer", loadBalancer);
            LoadBalancerChecks.Check(sink, Fact.Of(loadBalancer.Type), Fact.Present(loadBalancer.ConsistentHash));
            sink.Exit();
        }

        if (spec.RateLimit is { } rateLimit)
        {
            sink.Enter("rateLimit", rateLimit);
            RateLimitChecks.CheckRateLimit(sink, Fact.Present(rateLimit.Global), Fact.Present(rateLimit.Local));
            if (rateLimit.Global is { } global)
            {
                sink.Enter("global", global);
                for (var i = 0; i < global.Rules.Count; i++)
                {
                    ValidateRule(global.Rules[i], i, sink);
                }

                sink.Exit();
            }

            sink.Exit();
        }

        sink.Exit();
    }

    private static void ValidateRule(RateLimitRule rule, int index, DiagnosticCollector sink)
    {
        sink.Enter("rules", rule, index);
        var sourceCidrSelectors = 0;
        string? lastSourceCidr = null;
        foreach (var selector in rule.ClientSelectors)
        {
            if (selector.SourceCIDR is { } cidr)
            {
                sourceCidrSelectors++;
                lastSourceCidr = cidr.Value;
            }
        }

        RateLimitChecks.CheckRule(sink, Fact.Count(sourceCidrSelectors), Fact.Of(lastSourceCidr));
        for (var j = 0; j < rule.ClientSelectors.Count; j++)
        {
            ValidateSelector(rule.ClientSelectors[j], j, sink);
        }

        if (rule.Limit is { } limit)
        {
            sink.Enter("limit", limit);
            RateLimitChecks.CheckLimit(sink, Fact.Of(limit.Requests));
            sink.Exit();
        }

        sink.Exit();
    }

    private static void ValidateSelector(RateLimitSelectCondition selector, int index, DiagnosticCollector sink)
    {
        sink.Enter("clientSelectors", selector, index);
        var headers = selector.Headers;
        for (var k = 0; k < headers.Count; k++)
        {
            var header = headers[k];
            sink.Enter("headers", header, k);
            ClientSelectorChecks.CheckHeader(sink, Fact.Of(header.Type), Fact.Of(header.Value));
            sink.Exit();
        }

        if (selector.SourceCIDR is { } cidr)
        {
            sink.Enter("sourceCIDR", cidr);
            ClientSelectorChecks.CheckSourceCidr(sink, Fact.Of(cidr.Value));
            sink.Exit();
        }

        sink.Exit();
    }
}
