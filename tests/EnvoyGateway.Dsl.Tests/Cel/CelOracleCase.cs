using System.Text.Json;
using EnvoyGateway.Dsl.Cel;
using EnvoyGateway.Dsl.Serialization;

namespace EnvoyGateway.Dsl.Tests.Cel;

/// <summary>
/// One case of an upstream CEL validation suite (tests/Fixtures/upstream/*-cel-*/cases.json): the object,
/// the API server's verdict and the error substrings it expects, and what this project's CEL check says.
/// </summary>
internal sealed record CelOracleCase(string Suite, string Id, string Kind, string Phase, string Verdict, IReadOnlyList<string> WantErrors, string ObjectPath)
{
    public bool Rejected => Verdict == "rejected";

    public override string ToString() => $"{Suite} {Id} ({Kind})";

    public static IReadOnlyList<CelOracleCase> Load(string suite)
    {
        var folder = Path.Combine(Fixture.Dir("upstream"), suite);
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "cases.json")));
        return [.. document.RootElement.GetProperty("cases").EnumerateArray().Select(c => new CelOracleCase(
            suite,
            c.GetProperty("id").GetString()!,
            c.GetProperty("kind").GetString()!,
            c.GetProperty("phase").GetString()!,
            c.GetProperty("verdict").GetString()!,
            [.. c.GetProperty("wantErrors").EnumerateArray().Select(e => e.GetString()!)],
            Path.Combine(folder, c.GetProperty("object").GetString()!)))];
    }

    /// <summary>
    /// Reads the object: the spec with the generated binder of release 1.9 (ManifestBinder reads only
    /// BackendTrafficPolicy documents of v0.6 so far), metadata.name directly. A binding error is the
    /// reader's rejection.
    /// </summary>
    public KubernetesObject Read()
    {
        var yaml = File.ReadAllText(ObjectPath);
        var reader = new YamlTreeReader(yaml, ObjectPath, ParseOptions.Default);
        var root = (YamlMappingNode)reader.ReadDocument()!;
        var context = new BindContext(ObjectPath);
        var apiVersion = Scalar(root, "apiVersion")!;
        var group = apiVersion.Contains('/', StringComparison.Ordinal) ? apiVersion[..apiVersion.IndexOf('/', StringComparison.Ordinal)] : "";
        var type = typeof(KubernetesObject).Assembly.GetTypes()
            .Single(t => t.IsSubclassOf(typeof(KubernetesObject)) && !t.IsAbstract && KindOf(t) == (group, Kind));
        var resource = (KubernetesObject)Activator.CreateInstance(type, Name(root) ?? "unnamed", "", 0)!;
        if (Field(root, "spec") is YamlMappingNode spec)
        {
            context.Path.Push("spec");
            Assert.True(GeneratedSpecBinder.TryBindSpec(context, resource, spec, EnvoyGatewayVersion.V1_9), $"{this}: no generated binder for {type}");
        }

        return resource;
    }

    /// <summary>The CEL findings of release 1.9.</summary>
    public IReadOnlyList<(CelRuleInfo Rule, string Path, string Message)> CelFindings(KubernetesObject resource)
    {
        var sink = new ListSink();
        CelRules.Check(resource, sink, EnvoyGatewayVersion.V1_9);
        return sink.Findings;
    }

    /// <summary>Whether a finding's message is one the case expects (upstream: a case-insensitive substring of the API server's error).</summary>
    public bool Expects(string message) => WantErrors.Any(want => Matches(message, want));

    private static bool Matches(string message, string want)
    {
        // The API server's error ends with the CRD's message; the expectation may quote it in part or
        // prefix it with the path ("spec.x: Invalid value: ...: message").
        var tail = want.LastIndexOf(": ", StringComparison.Ordinal) is var colon and >= 0 ? want[(colon + 2)..] : want;
        return message.Contains(want, StringComparison.OrdinalIgnoreCase) || (tail.Length > 0 && message.Contains(tail, StringComparison.OrdinalIgnoreCase))
            || want.Contains(message, StringComparison.OrdinalIgnoreCase);
    }

    private static (string Group, string Kind) KindOf(Type type)
    {
        var apiVersion = (string?)type.GetField("ApiVersionValue")?.GetValue(null) ?? "";
        var kind = (string?)type.GetField("KindValue")?.GetValue(null) ?? "";
        return (apiVersion.Contains('/', StringComparison.Ordinal) ? apiVersion[..apiVersion.IndexOf('/', StringComparison.Ordinal)] : "", kind);
    }

    private static YamlNode? Field(YamlMappingNode mapping, string name) => mapping.Entries.FirstOrDefault(e => e.Key.Value == name).Value;

    private static string? Scalar(YamlMappingNode mapping, string name) => (Field(mapping, name) as YamlScalarNode)?.Value;

    private static string? Name(YamlMappingNode root) => Field(root, "metadata") is YamlMappingNode metadata ? Scalar(metadata, "name") : null;

    private sealed class ListSink : ICelSink
    {
        public List<(CelRuleInfo Rule, string Path, string Message)> Findings { get; } = [];

        public void ReportCel(CelRuleInfo rule, string path, string message, SourceLocation source) => Findings.Add((rule, path, message));
    }
}
