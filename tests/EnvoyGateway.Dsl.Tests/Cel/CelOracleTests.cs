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
    }
}
