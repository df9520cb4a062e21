using System.Reflection;
using System.Text.RegularExpressions;
using EnvoyGateway.Dsl.Rules.Schema;
using EnvoyGateway.Dsl.Rules.Syntax;
using EnvoyGateway.Dsl.Tests.Upstream;
using Xunit;
using Xunit.Abstractions;

namespace EnvoyGateway.Dsl.Tests.Rules.Syntax;

/// <summary>
/// <see cref="Re2Pattern.Compile"/> uses .NET's non-backtracking engine, the analyzers (netstandard2.0) the
/// backtracking one: a differential test that both give the same verdict for every pattern the library holds
/// (the CRDs' patterns of every release, the CEL rules' constant patterns, the Go duration) on every string
/// value of Envoy Gateway's own documents, and on those values made a little wrong.
/// </summary>
public class Re2EngineTests(ITestOutputHelper output)
{
    [Fact]
    public void Both_engines_agree_on_every_pattern_and_every_upstream_value()
    {
        var patterns = Patterns();
        var values = Values();
        Assert.True(patterns.Count > 30, $"only {patterns.Count} patterns found");
        Assert.True(values.Count > 5_000, $"only {values.Count} values found");

        var disagreements = new List<string>();
        var undecided = new List<(Regex Pattern, string Value)>();
        var matched = 0;
        foreach (var pattern in patterns)
        {
            Assert.True((pattern.Options & RegexOptions.NonBacktracking) != 0, $"/{pattern}/ is not non-backtracking");
            // Whether a match exists does not depend on the direction of the search: where the backtracking engine
            // takes exponential time from the left (the CORS origin pattern on "https://host/path"), it is asked
            // again from the right.
            Regex[] references = [Backtracking(pattern, RegexOptions.None), Backtracking(pattern, RegexOptions.RightToLeft)];

            foreach (var value in values)
            {
                var expected = Verdict(references[0], value) ?? Verdict(references[1], value)
                    ?? Verdict(Patient(references[0]), value) ?? Verdict(Patient(references[1]), value);
                if (expected is null)
                {
                    undecided.Add((pattern, value));
                    continue;
                }

                matched += expected.Value ? 1 : 0;
                if (pattern.IsMatch(value) != expected && disagreements.Count < 20)
                {
                    disagreements.Add($"/{pattern}/ on \"{value}\": backtracking {expected}");
                }
            }

        }

        Assert.True(disagreements.Count == 0, $"{disagreements.Count} disagreements:\n" + string.Join("\n", disagreements.Take(20)));

        // Where the backtracking engine gives up both ways (47 pairs today: URLs with a path against the CORS origin
        // patterns, header values with two spaces or a non-ASCII character), the value has a character that the
        // pattern cannot take at its place, so no match exists: the non-backtracking engine must say so.
        output.WriteLine($"{patterns.Count} patterns, {values.Count} values, {matched} matches, {undecided.Count} pairs undecided");
        Assert.True(undecided.Count < 200, $"{undecided.Count} pairs undecided");
        Assert.All(undecided, pair => Assert.False(pair.Pattern.IsMatch(pair.Value), $"/{pair.Pattern}/ matches \"{pair.Value}\""));

        // The comparison is worth something only if the values match some patterns, not just fail all of them.
        Assert.True(matched > 10_000, $"only {matched} matches");
    }

    // Values on which the backtracking engine takes exponential time (the differential test above finds such values
    // in Envoy Gateway's own documents): with it, `egdsl validate` stopped after a second with an unhandled
    // RegexMatchTimeoutException instead of reporting the value.
    [Theory]
    [InlineData("an-unbroken-header-value-of-forty-characters  then two spaces")]
    [InlineData("an-unbroken-header-value-of-forty-charactersé")]
    public void A_hostile_header_value_is_an_error_not_a_timeout(string value)
    {
        var yaml = $"""
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata:
              name: notes
              namespace: default
            spec:
              rules:
              - matches:
                - headers:
                  - name: X-Note
                    value: "{value}"
            """;
        var diagnostics = ManifestSet.Parse(yaml, "route.yaml").Validate();
        var diagnostic = Assert.Single(diagnostics, d => d.Id == "EG1003");
        Assert.Equal("spec.rules[0].matches[0].headers[0].value", diagnostic.Path);
        Assert.Equal(11, diagnostic.Line);
    }

    // The backtracking engine stays where the option is refused (a compiler on .NET Framework): there a value it
    // cannot decide in time gets no verdict, so the schema walk and edit time's CEL report nothing, not AD0001.
    [Fact]
    public void An_engine_that_runs_out_of_time_gives_no_verdict()
    {
        const string hostile = "an-unbroken-header-value-of-forty-characters  then two spaces";
        var backtracking = new Regex(Re2Pattern.ToDotNet("^[!-~]+([\\t ]?[!-~]+)*$"), RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(1));
        Assert.Null(Re2Pattern.TryIsMatch(backtracking, hostile));
        Assert.False(Re2Pattern.TryIsMatch(Re2Pattern.Compile("^[!-~]+([\\t ]?[!-~]+)*$"), hostile));
        Assert.True(Re2Pattern.TryIsMatch(backtracking, "one two"));
    }

    [Fact]
    public void A_cors_origin_with_a_path_is_an_error_not_a_timeout()
    {
        const string yaml = """
            apiVersion: gateway.envoyproxy.io/v1alpha1
            kind: SecurityPolicy
            metadata:
              name: cors
              namespace: default
            spec:
              targetRefs:
              - group: gateway.networking.k8s.io
                kind: HTTPRoute
                name: backend
              cors:
                allowOrigins:
                - https://remote-jwks-server.gateway-conformance-infra/wasm/envoy_filter_http_wasm_example.wasm
            """;
        var diagnostics = ManifestSet.Parse(yaml, "cors.yaml").Validate();
        var diagnostic = Assert.Single(diagnostics, d => d.Id == "EG1003");
        Assert.Equal("spec.cors.allowOrigins[0]", diagnostic.Path);
    }

    [Theory]
    [InlineData("10s", true)]
    [InlineData("1h30m", true)]
    [InlineData("1.5h", true)]
    [InlineData("0", true)]
    [InlineData("10s\n", false)]         // RE2's $ is the end of the text, .NET's also before a final newline
    [InlineData("\u0661\u0660s", false)] // Arabic-Indic digits: Go's parser reads ASCII digits only
    [InlineData("10", false)]
    [InlineData("s", false)]
    public void A_go_duration_is_read_as_go_reads_it(string text, bool valid)
    {
        var goDuration = Patterns().Single(p => p.ToString().Contains("ns|us", StringComparison.Ordinal));
        Assert.Equal(valid, goDuration.IsMatch(text));
    }

    private static Regex Backtracking(Regex pattern, RegexOptions direction)
        => new(pattern.ToString(), (pattern.Options & ~RegexOptions.NonBacktracking) | direction, TimeSpan.FromMilliseconds(2));

    // Asked again with more time: on a busy machine (the whole suite runs in parallel) 2 ms can run out on a pair
    // that is merely slow; what still runs out after 50 ms is exponential.
    private static Regex Patient(Regex reference) => new(reference.ToString(), reference.Options, TimeSpan.FromMilliseconds(50));

    private static bool? Verdict(Regex regex, string value)
    {
        try
        {
            return regex.IsMatch(value);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    private static List<Regex> Patterns()
    {
        var patterns = new List<Regex>();
        foreach (var facts in SchemaTable.Facts)
        {
            if (facts.PatternRegex is { } pattern)
            {
                patterns.Add(pattern);
            }

            patterns.AddRange(facts.AllOfRegexes);
        }

        // Compiled patterns kept in static fields (one, or one per thread): the CEL rules' constants, the walk's Go duration.
        foreach (var type in typeof(ManifestSet).Assembly.GetTypes())
        {
            foreach (var field in type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
            {
                if (type.ContainsGenericParameters)
                {
                    continue;
                }

                if (field.FieldType == typeof(Regex) && field.GetValue(null) is Regex regex)
                {
                    patterns.Add(regex);
                }
                else if (field.FieldType == typeof(ThreadLocal<Regex>) && field.GetValue(null) is ThreadLocal<Regex> { Value: { } perThread })
                {
                    patterns.Add(perThread);
                }
            }
        }

        return [.. patterns.DistinctBy(p => p.ToString())];
    }

    private static HashSet<string> Values()
    {
        var values = new HashSet<string>(StringComparer.Ordinal);
        var folder = Path.Combine(UpstreamCorpus.RepositoryRoot, "tests", "Fixtures", "upstream");
        foreach (var file in Directory.EnumerateFiles(folder, "*.yaml", SearchOption.AllDirectories))
        {
            foreach (var line in File.ReadLines(file))
            {
                if (Scalar(line) is { Length: > 0 and <= 200 } value)
                {
                    values.Add(value);
                    values.Add(" " + value);

                    // Made wrong at the end, a long value makes the backtracking engine try every way to split it
                    // (2^length for the header value pattern): the reference could not decide in time.
                    if (value.Length <= 16)
                    {
                        values.Add(value + "\n");
                        values.Add(value.Replace('1', '\u0661'));
                    }
                }
            }
        }

        return values;
    }

    /// <summary>The value of a "key: value" or "- value" line, unquoted; null for anything else.</summary>
    private static string? Scalar(string line)
    {
        var text = line.TrimStart();
        var colon = text.IndexOf(": ", StringComparison.Ordinal);
        text = text.StartsWith("- ", StringComparison.Ordinal) ? text[2..] : colon > 0 ? text[(colon + 2)..] : null;
        return text?.Trim().Trim('"', '\'');
    }
}
