using System.CommandLine;

namespace EnvoyGateway.Dsl.Tool;

/// <summary>
/// <c>--envoy-gateway-version</c>, shared by <c>validate</c> and <c>import</c>: the Envoy Gateway release
/// whose CRDs the YAML is read and checked against. Same values and default as the MSBuild property
/// <c>EnvoyGatewayVersion</c>; an unsupported value is a usage error listing the supported ones.
/// </summary>
internal static class ReleaseOption
{
    public const string Name = "--envoy-gateway-version";

    public static Option<EnvoyGatewayVersion> Create() => new(Name)
    {
        Description = $"The Envoy Gateway release to check against: {EnvoyGatewayVersion.SupportedList} (default: the newest, {EnvoyGatewayVersion.Default}).",
        HelpName = "release",
        DefaultValueFactory = _ => EnvoyGatewayVersion.Default,
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (EnvoyGatewayVersion.TryParse(text, out var release))
            {
                return release;
            }

            result.AddError(EnvoyGatewayVersion.UnsupportedMessage(text));
            return EnvoyGatewayVersion.Default;
        },
    };
}
