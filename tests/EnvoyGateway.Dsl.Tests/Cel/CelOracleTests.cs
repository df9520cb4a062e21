using Xunit.Abstractions;
using EnvoyGateway.Dsl.Cel;

namespace EnvoyGateway.Dsl.Tests.Cel;

/// <summary>
/// The upstream API-validation suites as the oracle of the generated CEL rules (docs/cel-rules.md):
/// Envoy Gateway v1.9.0's test/cel-validation and Gateway API v1.6.1's tests/cel (the Gateway API that
/// Envoy Gateway 1.9 bundles), checked with release 1.9.
/// </summary>
public sealed class CelOracleTests(ITestOutputHelper output)
{
    public const string EnvoyGatewaySuite = "envoy-gateway-cel-v1.9.0";
    public const string GatewayApiSuite = "gateway-api-cel-v1.6.1";

    public static TheoryData<string> Suites() => [EnvoyGatewaySuite, GatewayApiSuite];

    [Theory]
    [MemberData(nameof(Suites))]
    public void Agreement_per_kind(string suite)
    {
        var outcomes = CelOracleCase.Load(suite).Select(CelOracleOutcome.Of).ToList();
        foreach (var line in CelOracleOutcome.Table(outcomes))
        {
            output.WriteLine(line);
        }

        foreach (var outcome in outcomes.Where(o => o.Verdict is not CelOracleVerdict.Agree))
        {
            output.WriteLine($"{outcome.Case}: {outcome.Verdict}: {outcome.Detail}");
        }

        // No upstream-accepted object is rejected, by a generated rule or by any other rule of Validate (the
        // schema walk, the hand-written checks); every case that expects a CEL message of its kind gets a failing
        // rule; every object is readable. Rejections only upstream finds are counted, not asserted (docs/cel-rules.md).
        Assert.Empty(outcomes.Where(o => o.Verdict is CelOracleVerdict.FalseRejection or CelOracleVerdict.FalseRejectionOtherRule or CelOracleVerdict.MissedCel or CelOracleVerdict.ReadError).Select(o => $"{o.Case}: {o.Verdict}: {o.Detail}"));
    }

    [Theory]
    [MemberData(nameof(Suites))]
    public void Most_rejected_cases_that_name_a_CRD_message_get_exactly_that_message(string suite)
    {
        var outcomes = CelOracleCase.Load(suite).Select(CelOracleOutcome.Of).Where(o => o.Case.Rejected).ToList();
        var celRejections = outcomes.Count(o => o.Verdict is CelOracleVerdict.Agree or CelOracleVerdict.AgreeOtherMessage && o.Detail.Contains("[", StringComparison.Ordinal));
        var sameMessage = outcomes.Count(o => o.Verdict == CelOracleVerdict.Agree && o.Detail.Contains("[", StringComparison.Ordinal));
        output.WriteLine($"{suite}: {sameMessage} of {celRejections} CEL rejections carry the expected message");
        Assert.True(celRejections > 0);
        Assert.True(sameMessage >= celRejections - 5, $"{celRejections - sameMessage} CEL rejections with another message than expected");
    }
}
