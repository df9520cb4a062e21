using System.Diagnostics;
using System.Globalization;
using EnvoyGateway.Dsl.Gateway.V1Alpha1;
using EnvoyGateway.Dsl.Validation;

namespace EnvoyGateway.Dsl.Benchmarks;

/// <summary>
/// <c>--validation-breakdown</c>: where validating 10,000 v1.9 bench policies spends its time and allocations (the whole
/// set; the schema walk alone; the CEL rules alone; the set rules alone), for the bench shape and for the same policies
/// without the two deprecated fields it sets (targetRef, rateLimit.type), whose 20,000 warnings cost as much as the walk.
/// Median and fastest of five runs (or as many as asked) after a warm-up; docs/performance.md quotes it.
/// </summary>
internal static class ValidationBreakdown
{
    /// <summary>Prints each stage's median and fastest of <paramref name="runs"/> runs (after a warm-up).</summary>
    public static void Run(int runs)
    {
        foreach (var (name, set) in new[] { ("bench shape", BenchShape.CreateV19(10_000)), ("without deprecated fields", WithoutDeprecated(BenchShape.CreateV19(10_000))) })
        {
            var release = EnvoyGatewayVersion.V1_9;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {set.Validate(release).Count} findings"));
            Print(runs, "  whole set", () => set.Validate(release));
            Print(runs, "  schema walk", () =>
            {
                var sink = new DiagnosticCollector();
                var tree = new SchemaTree(release.Index, sink);
                foreach (var resource in set)
                {
                    sink.Resource = resource;
                    tree.Walk(resource);
                }
            });
            Print(runs, "  CEL rules", () =>
            {
                var cel = new Cel.CelContext(new DiagnosticCollector(), release);
                foreach (var resource in set)
                {
                    Cel.CelRules.Check(resource, cel);
                }
            });
            Print(runs, "  set rules", () =>
            {
                var objects = new List<Rules.SetObject>(set.Count);
                for (var i = 0; i < set.Count; i++)
                {
                    objects.Add(SetObjects.From(set[i], i));
                }

                Rules.SetChecks.Check(objects, _ => { });
            });
        }
    }

    /// <summary>The bench policies moved to targetRefs and without rateLimit.type (changed in place).</summary>
    internal static ManifestSet WithoutDeprecated(ManifestSet set)
    {
        foreach (var policy in set.OfType<BackendTrafficPolicy>())
        {
            var target = policy.Spec.TargetRef!;
            policy.Spec.TargetRefs.Add(new() { Group = target.Group, Kind = target.Kind, Name = target.Name });
            policy.Spec.TargetRef = null;
            policy.Spec.RateLimit!.Type = null;
        }

        return set;
    }

    private static void Print(int runs, string stage, Action action)
    {
        action();
        var times = new List<double>();
        var bytes = 0L;
        for (var run = 0; run < runs; run++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            action();
            times.Add(watch.Elapsed.TotalMilliseconds);
            bytes = GC.GetAllocatedBytesForCurrentThread() - before;
        }

        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{stage}: {times[runs / 2]:0.0} ms (fastest {times[0]:0.0}), {bytes / 1e6:0.0} MB"));
    }
}
