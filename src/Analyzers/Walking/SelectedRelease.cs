using EnvoyGateway.Dsl.Rules.Schema;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EnvoyGateway.Dsl.Analyzers.Walking;

/// <summary>
/// The Envoy Gateway release the project selects: MSBuild property <c>EnvoyGatewayVersion</c>, seen by the
/// analyzers as <c>build_property.EnvoyGatewayVersion</c>. Missing or unsupported means the newest (the
/// build reports an unsupported value itself, EG9007).
/// </summary>
internal static class SelectedRelease
{
    public const string OptionName = "build_property.EnvoyGatewayVersion";

    /// <summary>The release as an index into EnvoyGatewayVersion.Supported (SchemaTable.ReleaseNames).</summary>
    public static int Of(AnalyzerOptions options)
    {
        var newest = SchemaTable.ReleaseNames.Length - 1;
        if (!options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(OptionName, out var text) || text is null)
        {
            return newest;
        }

        var index = Array.IndexOf(SchemaTable.ReleaseNames, text.Trim());
        return index >= 0 ? index : newest;
    }
}
