using EnvoyGateway.Dsl.Gateway.V1Alpha1;
using EnvoyGateway.Dsl.GatewayApi;
using static EnvoyGateway.Dsl.Tests.Rules.RuleAssert;

namespace EnvoyGateway.Dsl.Tests.Rules;

/// <summary>
/// A big set is validated on several threads, each taking a run of resources (Validator.Validate): the findings
/// must be those of each resource validated alone, in set order, then the set rules' — every time.
/// </summary>
public class ParallelValidationTests
{
    [Fact]
    public void A_big_set_gets_the_findings_of_its_resources_in_set_order_then_the_set_rules()
    {
        var set = BigSet();
        var release = EnvoyGatewayVersion.Newest;
        var alone = set.SelectMany(resource => resource.Validate(release)).Select(Describe).ToList();
        Assert.True(alone.Count > 1_000, $"only {alone.Count} findings");

        // The runs of resources finish in any order; the result may not show it. Five times in a row, since a
        // mistake in joining them would show only in some orders.
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var findings = set.Validate(release).Select(Describe).ToList();
            Assert.Equal(alone, findings.Take(alone.Count));
            var setFindings = findings.Skip(alone.Count).ToList();
            var missing = setFindings.Where(f => f.Contains(" EG4003 ", StringComparison.Ordinal)).ToList();
            Assert.Equal(Enumerable.Range(0, 20).Select(i => $"BackendTrafficPolicy/shop/policy-{i * 100} "), missing.Select(f => f[..(f.IndexOf(' ', StringComparison.Ordinal) + 1)]));
        }
    }

    [Fact]
    public void An_exception_inside_a_run_comes_out_as_itself_not_wrapped()
    {
        var set = BigSet();
        ((BackendTrafficPolicy)set[1_500]).Spec.TargetRefs.Add(null!);
        Assert.Throws<NullReferenceException>(() => set.Validate());
    }

    [Fact]
    public async Task A_message_rendered_when_first_read_is_the_same_whichever_threads_read_it_first()
    {
        var set = BigSet();
        var expected = set.Validate().Select(d => d.Message).ToList();

        // Messages are rendered when first read: several threads reading fresh findings at once, five times.
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var findings = set.Validate();
            var reads = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => findings.Select(d => d.Message).ToList())));
            Assert.All(reads, read => Assert.Equal(expected, read));
            Assert.Contains(expected, m => m.Contains("Minutes", StringComparison.Ordinal));
        }
    }

    private static string Describe(ValidationDiagnostic d) => $"{d.Resource} {d.Id} {d.Path} {d.Line}: {d.Message}";

    /// <summary>2,000 policies (eight runs of resources) and one route; a finding in every third policy, and every hundredth aimed at a route that is not there.</summary>
    private static ManifestSet BigSet()
    {
        var set = new ManifestSet { new HTTPRoute("api") { Metadata = { Namespace = "shop" } } };
        for (var i = 0; i < 2_000; i++)
        {
            var policy = ValidPolicy($"policy-{i}");
            if (i % 3 == 0)
            {
                policy.FirstRule().Limit!.Unit = "Minutes";
            }

            if (i % 100 == 0)
            {
                policy.Spec.TargetRef!.Name = "missing-route";
            }

            set.Add(policy);
        }

        return set;
    }
}
