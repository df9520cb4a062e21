using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EnvoyGateway.Dsl.Analyzers.Tests.Infrastructure;

/// <summary>
/// The Envoy Gateway release the analyzers check for, as the package's targets pass it
/// (<c>build_property.EnvoyGatewayVersion</c>). The rule tests and their policies are written in the
/// v0.6 shape (TargetRef, which 1.1 deprecates), so they select 0.6 unless a test selects another.
/// </summary>
internal static class SelectedRelease
{
    public const string RuleTests = "0.6";

    /// <summary>A global .editorconfig selecting <paramref name="release"/>, for the Roslyn test framework.</summary>
    public static (string Path, string Content) GlobalConfig(string release)
        => ("/.globalconfig", $"is_global = true\n{ReleaseAnalyzer.ReleaseProperty} = {release}\n");

    /// <summary>Analyzer options selecting <paramref name="release"/> (and more MSBuild properties by name), for compilations run by hand.</summary>
    public static AnalyzerOptions Options(string release, params (string Name, string Value)[] buildProperties)
        => new([], new GlobalOptionsProvider(buildProperties.Aggregate(
            ImmutableDictionary<string, string>.Empty.Add(ReleaseAnalyzer.ReleaseProperty, release),
            (options, property) => options.Add("build_property." + property.Name, property.Value))));

    private sealed class GlobalOptionsProvider(ImmutableDictionary<string, string> options) : AnalyzerConfigOptionsProvider
    {
        private readonly ConfigOptions _global = new(options);

        public override AnalyzerConfigOptions GlobalOptions => _global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => ConfigOptions.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => ConfigOptions.Empty;
    }

    private sealed class ConfigOptions(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly ConfigOptions Empty = new(ImmutableDictionary<string, string>.Empty);

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
