using System.Text.Json;

namespace EnvoyGateway.Dsl.Tool.Tests;

/// <summary>
/// The 30 inputs the jsonnet library renders silently (Fixtures/oracle/v_accepts.json), each as its own
/// YAML file through <c>egdsl validate</c>: wrong shapes are refused by the parser (exit 2, with a
/// position), the rest exit 1 with the IDs of the catalog's last table (as PeerAcceptsTests in the
/// library tests, where the extra IDs are explained). The peer renders v0.6 BackendTrafficPolicies, so they are
/// validated against Envoy Gateway 0.6 (<c>--envoy-gateway-version 0.6</c>), as a user of the peer would.
/// </summary>
public class PeerCasesTests
{
    public static TheoryData<string, string[]> Reported() => new()
    {
        { "a01_unknownUnit_Minutes", ["EG1001"] },
        { "a02_distinctWithValue", ["EG3001"] },
        { "a03_missingTargetRef", ["EG1002"] },
        { "a04_noSpecAtAll", ["EG1002"] },
        { "a07_consistentHashWithoutBlock", ["EG2001"] },
        { "a08_consistentHashBlockWithRoundRobin", ["EG2001"] },
        // a09: the table lists EG1001 x3; consistentHash 'Header' and rateLimit 'Local' are values of later releases,
        // so v0.6 reports them as EG1006 (not available in 0.6, naming the release that added them), as PeerAcceptsTests.
        { "a09_badEnums", ["EG1001", "EG1006", "EG1006", "EG3006"] },
        { "a10_rateLimitWithoutType_orRules", ["EG1002", "EG1002"] },
        { "a11_ruleWithoutLimit", ["EG1002", "EG3002"] },
        { "a12_limitMissingUnit", ["EG1002"] },
        { "a13_targetRefWrongGroupKind", ["EG2002", "EG2003"] },
        { "a14_targetRefSectionName", ["EG2004"] },
        { "a15_targetRefBadPatterns", ["EG1003", "EG1003", "EG1003", "EG1003", "EG2002", "EG2003"] },
        { "a16_headerNameEmpty_tooLong", ["EG1003", "EG1003", "EG3002", "EG3002"] },
        { "a17_duplicateHeaderNames", ["EG1005"] },
        { "a18_tooManyRules_17", ["EG1004"] },
        { "a19_tooManySelectors_9", ["EG1004", "EG3008"] },
        { "a20_sourceCIDRgarbage", ["EG1001", "EG3004"] },
        { "a21_sourceCIDRmissingValue", ["EG1002"] },
        { "a22_nameNotDNS", ["EG5001", "EG5002"] },
        // a23 is two resources; the second, name: null, is a missing name (the first, name: 123, is refused below).
        { "a23_nameNumberAndNull[1]", ["EG5001"] },
        { "a24_nullsEmitted", ["EG1002"] },
        { "a29_namespaceMismatch", ["EG3005"] },
    };

    public static TheoryData<string, string> Refused() => new()
    {
        { "a05_requestsAsString", "spec.rateLimit.global.rules[0].limit.requests" },
        { "a06_requestsNegativeFloat", "spec.rateLimit.global.rules[0].limit.requests" },
        { "a23_nameNumberAndNull[0]", "metadata.name" },
        { "a25_wrongShapesForMaps", "metadata.annotations" },
        { "a26_mixinOntoWrongType_stringConcat", "metadata.labels" },
        { "a27_arrayFnGivenString", "metadata.finalizers" },
        { "a28_labelValueNotString", "metadata.labels" },
        { "a30_unknownExtraFields", "" },
    };

    [Theory]
    [MemberData(nameof(Reported))]
    public void Accepted_by_the_peer_reported_by_egdsl_with_exit_1(string key, string[] expected)
    {
        using var folder = new TempFolder();
        var file = folder.Write(key + ".yaml", CaseAsYaml(key));

        var run = CliRun.Of("validate", Inputs.ReleaseOption, Inputs.Release, file, "--format", "json");

        Assert.True(run.ExitCode == 1, run.ToString());
        var found = JsonDocument.Parse(run.Stdout).RootElement.EnumerateArray()
            .Select(f => f.GetProperty("id").GetString()!)
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.True(expected.SequenceEqual(found), $"{key}: expected [{string.Join(", ", expected)}], got {run}");
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void Wrong_shapes_are_refused_with_exit_2_and_a_position(string key, string pathPrefix)
    {
        using var folder = new TempFolder();
        var file = folder.Write(key + ".yaml", CaseAsYaml(key));

        var run = CliRun.Of("validate", Inputs.ReleaseOption, Inputs.Release, file);

        Assert.True(run.ExitCode == 2, run.ToString());
        var line = Assert.Single(run.StdoutLines);
        Assert.Matches($@"^{System.Text.RegularExpressions.Regex.Escape(file)}\(\d+,\d+\): error EGDSL001: .*\(at {System.Text.RegularExpressions.Regex.Escape(pathPrefix)}", line);
    }

    [Fact]
    public void The_two_lists_cover_all_30_cases()
    {
        var keys = Cases().Select(c => c.Key[..3]).ToHashSet();
        var listed = Reported().Select(row => (string)row[0]).Concat(Refused().Select(row => (string)row[0])).Select(k => k[..3]).ToHashSet();
        Assert.Equal(30, keys.Count);
        Assert.Subset(listed, keys);
    }

    private static string CaseAsYaml(string key) => JsonAsYaml.Convert(Cases()[key]);

    private static Dictionary<string, JsonElement> Cases()
    {
        var root = JsonDocument.Parse(Fixture.Read("v_accepts.json")).RootElement;
        var cases = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in root.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Array)
            {
                var i = 0;
                foreach (var item in property.Value.EnumerateArray())
                {
                    cases[$"{property.Name}[{i++}]"] = item;
                }
            }
            else
            {
                cases[property.Name] = property.Value;
            }
        }

        return cases;
    }
}
