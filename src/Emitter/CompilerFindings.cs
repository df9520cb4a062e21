using System.Text.Json;

namespace EnvoyGateway.Dsl.Emitter;

/// <summary>
/// What the compiler (with the packaged analyzers) already reported, read from its SARIF log
/// (<c>$(ErrorLog)</c>, versions 2.1 and 1.0). A build-time finding with the same rule ID in the same
/// file, whose compiler location lies within the creation expression, is the same problem: the emitter
/// does not report it again. Suppressed results count too: a <c>#pragma warning disable</c> is honoured.
/// </summary>
internal sealed class CompilerFindings
{
    private readonly HashSet<(string Id, string File, int Line)> _findings;

    private CompilerFindings(HashSet<(string Id, string File, int Line)> findings) => _findings = findings;

    public static CompilerFindings None { get; } = new([]);

    public int Count => _findings.Count;

    /// <summary>Reads <paramref name="errorLog"/> (<c>path[,version=…]</c>); a missing or unreadable log means no findings.</summary>
    public static CompilerFindings Read(string? errorLog, SourceLocator sources)
    {
        var path = errorLog?.Split(',')[0].Trim();
        if (string.IsNullOrEmpty(path) || !File.Exists(path))
        {
            return None;
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            var findings = new HashSet<(string, string, int)>();
            foreach (var run in Array(document.RootElement, "runs"))
            {
                foreach (var result in Array(run, "results"))
                {
                    if (result.TryGetProperty("ruleId", out var id) && id.GetString() is { } ruleId
                        && Location(result) is ({ } uri, > 0 and var line)
                        && ToPath(uri) is { } file)
                    {
                        findings.Add((ruleId, sources.MapPath(file), line));
                    }
                }
            }

            return new CompilerFindings(findings);
        }
        catch (JsonException)
        {
            return None;
        }
    }

    /// <summary>True when the compiler reported <paramref name="id"/> in <paramref name="site"/>'s file between its first and last line.</summary>
    public bool Contains(string id, CreationSite site)
    {
        for (var line = site.Line; line <= site.EndLine; line++)
        {
            if (_findings.Contains((id, site.File, line)))
            {
                return true;
            }
        }

        return false;
    }

    private static (string? Uri, int Line) Location(JsonElement result)
    {
        foreach (var location in Array(result, "locations"))
        {
            // SARIF 2.1: physicalLocation.artifactLocation.uri + region; 1.0: resultFile.uri + region.
            var physical = location.TryGetProperty("physicalLocation", out var p) ? p
                : location.TryGetProperty("resultFile", out var r) ? r
                : default;
            if (physical.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            var artifact = physical.TryGetProperty("artifactLocation", out var a) ? a : physical;
            var uri = artifact.TryGetProperty("uri", out var u) ? u.GetString() : null;
            var line = physical.TryGetProperty("region", out var region) && region.TryGetProperty("startLine", out var l) && l.TryGetInt32(out var n) ? n : 0;
            return (uri, line);
        }

        return (null, 0);
    }

    private static string? ToPath(string uri)
        => Uri.TryCreate(uri, UriKind.Absolute, out var absolute) && absolute.IsFile ? absolute.LocalPath
            : Uri.TryCreate(uri, UriKind.Relative, out _) ? Uri.UnescapeDataString(uri)
            : null;

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1859", Justification = "An absent array must enumerate as empty.")]
    private static IEnumerable<JsonElement> Array(JsonElement element, string name)
        => element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray()
            : [];
}
