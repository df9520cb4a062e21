using System.Globalization;
using BenchmarkDotNet.Attributes;
using EnvoyGateway.Dsl.Gateway.V1Alpha1;
using EnvoyGateway.Dsl.GatewayApi;
using EnvoyGateway.Dsl.Rules;
using EnvoyGateway.Dsl.Validation;
using GatewayObject = EnvoyGateway.Dsl.GatewayApi.Gateway;

namespace EnvoyGateway.Dsl.Benchmarks;

/// <summary>
/// The whole-set rules alone (reading the references out of the model, then every EG4xxx rule) over a gateway of
/// <see cref="Count"/> HTTPRoutes and as many BackendTrafficPolicies: 100 routes per namespace, one Gateway with
/// two listeners per namespace, every route attached by sectionName, every policy on its route, one in ten by a
/// label selector instead, one in a hundred on a route that is not there. Goal (issue 12): growth ≤ 11× per 10×.
/// </summary>
[MemoryDiagnoser]
public class SetRulesBenchmarks
{
    private List<KubernetesObject> _set = null!;

    /// <summary>Routes in the set, and as many policies.</summary>
    [Params(1_000, 10_000, 100_000)]
    public int Count { get; set; }

    /// <summary>Builds the set once.</summary>
    [GlobalSetup]
    public void Setup() => _set = Gateway(Count);

    /// <summary>Reads the set's references and runs the set rules; returns the findings (one per missing target).</summary>
    [Benchmark]
    public int SetRules()
    {
        var objects = new List<SetObject>(_set.Count);
        for (var i = 0; i < _set.Count; i++)
        {
            objects.Add(SetObjects.From(_set[i], i));
        }

        var findings = 0;
        SetChecks.Check(objects, _ => findings++);
        return findings;
    }

    /// <summary>The set described above, Gateways first, then each namespace's routes and policies.</summary>
    public static List<KubernetesObject> Gateway(int count)
    {
        var set = new List<KubernetesObject>(2 * count + (count / 100) + 1);
        for (var n = 0; n * 100 < count; n++)
        {
            var ns = "team-" + n.ToString("D4", CultureInfo.InvariantCulture);
            set.Add(new GatewayObject("eg")
            {
                Metadata = { Namespace = ns },
                Spec = { GatewayClassName = "eg", Listeners = { new() { Name = "http", Port = 80, Protocol = "HTTP" }, new() { Name = "https", Port = 443, Protocol = "HTTPS" } } },
            });
            for (var i = n * 100; i < Math.Min(count, (n + 1) * 100); i++)
            {
                var name = "route-" + i.ToString("D6", CultureInfo.InvariantCulture);
                set.Add(new HTTPRoute(name)
                {
                    Metadata = { Namespace = ns, Labels = { ["app"] = name } },
                    Spec =
                    {
                        ParentRefs = { new() { Name = "eg", SectionName = "http" } },
                        Rules = { new() { Name = "all", BackendRefs = { new() { Name = name, Port = 8080 } } } },
                    },
                });
                var policy = new BackendTrafficPolicy("limits-" + i.ToString("D6", CultureInfo.InvariantCulture)) { Metadata = { Namespace = ns } };
                if (i % 10 == 9)
                {
                    policy.Spec.TargetSelectors.Add(new() { Kind = "HTTPRoute", MatchLabels = { ["app"] = name } });
                }
                else
                {
                    policy.Spec.TargetRefs.Add(new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = i % 100 == 42 ? name + "-gone" : name, SectionName = "all" });
                }

                set.Add(policy);
            }
        }

        return set;
    }
}
