using System.Globalization;
using System.Text;
using EnvoyGateway.Dsl.Serialization;
using Xunit.Abstractions;

namespace EnvoyGateway.Dsl.Tests.Upstream;

/// <summary>
/// Issue 10's "what to show": per release and kind, every document of a modelled kind in Envoy Gateway's
/// repository at that release's tag reads with the release selected, writes back to the same data tree, and
/// the written document validates against the release's CRD schema; documents the release could not store
/// (unknown field, unserved apiVersion) are refused with a message naming the field or version, and no other
/// document of their stream is lost. The counts go to docs/upstream-corpus.md.
/// </summary>
public sealed class UpstreamCorpusTests(ITestOutputHelper output)
{
    /// <summary>Refusals that are right although the document is storable, with the reason.</summary>
    private static readonly (string Reason, Func<ManifestParseException, bool> Matches)[] ExplainedRefusals =
    [
        ("carries status, which the controller writes (the reader refuses it rather than drop it)", e => e.FieldPath == "status"),
        ("an unquoted number where the schema wants a string: the API server refuses the type too (\"must be of type string\")", e => e.Reason.EndsWith("; quote it", StringComparison.Ordinal)),
        ("not YAML 1.2: a multi-line double-quoted scalar whose continuation lines are not indented past its mapping (go-yaml accepts it, YamlDotNet does not)", e => e.Reason.StartsWith("malformed YAML", StringComparison.Ordinal) && e.Reason.Contains("double-quoted scalar", StringComparison.Ordinal)),
    ];

    public static TheoryData<string> Releases() => [.. UpstreamCorpus.Rows.Select(r => r.Release).Distinct()];

    [Theory]
    [MemberData(nameof(Releases))]
    public void Every_document_of_a_modelled_kind_reads_writes_back_and_validates(string releaseTag)
    {
        var release = EnvoyGatewayVersion.Supported.Single(r => "v" + r.CrdRelease == releaseTag);
        var options = new ParseOptions { Release = release };
        var schemas = new ReleaseCrdSchemas(UpstreamCorpus.CrdFolder(releaseTag));
        var counts = new SortedDictionary<string, KindCounts>(StringComparer.Ordinal);
        var failures = new List<string>();
        var rows = UpstreamCorpus.Rows.Where(r => r.Release == releaseTag).ToList();

        // A stored file recurs in several upstream files (content-addressed): each occurrence is checked.
        foreach (var (file, fileRows) in rows.GroupBy(r => (r.File, r.Source, r.IsStream ? "" : r.Index)).Select(g => (g.Key.File, g.ToList())))
        {
            var text = File.ReadAllText(Path.Combine(UpstreamCorpus.Folder, file));
            var read = ManifestSet.Read(text, file, options);
            Dictionary<string, Queue<object?>> sources;
            try
            {
                sources = SourceDocuments(text);
            }
            catch (YamlDotNet.Core.YamlException)
            {
                sources = []; // the reader must have refused it too: the rows say whether that is explained
            }

            var resources = read.Resources.GroupBy(Key).ToDictionary(g => g.Key, g => new Queue<KubernetesObject>(g));
            var errors = new List<ManifestParseException>(read.Errors);
            var modelled = fileRows.Where(r => r.Verdict != "not-modelled").ToList();

            foreach (var row in modelled)
            {
                var kind = counts.TryGetValue(row.Kind, out var found) ? found : counts[row.Kind] = new KindCounts();
                kind.Documents++;
                string? failure;
                if (row.Verdict == "storable")
                {
                    failure = CheckStorable(row, resources, errors, sources, schemas, release, kind);
                }
                else
                {
                    failure = CheckRefused(row, resources, errors, kind);
                }

                if (failure is not null)
                {
                    kind.Failures.Add(failure);
                    failures.Add($"{row.Source} {row.Index} {row.Kind}/{row.Name} ({row.File}): {failure}");
                }
            }

            if (fileRows[0].IsStream)
            {
                var notModelled = fileRows.Count(r => r.Verdict == "not-modelled");
                if (notModelled != read.SetAsideCount)
                {
                    failures.Add($"{file}: {read.SetAsideCount} documents set aside, the manifest has {notModelled} of other kinds");
                }
            }

            failures.AddRange(errors.Select(e => $"{file}: unexpected error {e.Message}"));
        }

        WriteCounts(releaseTag, counts);
        foreach (var failure in failures.Take(60))
        {
            output.WriteLine(failure);
        }

        Assert.True(failures.Count == 0, $"{failures.Count} failures at {releaseTag}; first: {string.Join("\n", failures.Take(20))}");
    }

    private static string? CheckStorable(
        UpstreamCorpus.Row row, Dictionary<string, Queue<KubernetesObject>> resources, List<ManifestParseException> errors,
        Dictionary<string, Queue<object?>> sources, ReleaseCrdSchemas schemas, EnvoyGatewayVersion release, KindCounts kind)
    {
        if (!resources.TryGetValue(row.Key, out var queue) || queue.Count == 0)
        {
            var error = TakeError(errors);
            if (error is not null && ExplainedRefusals.FirstOrDefault(x => x.Matches(error)) is { Reason: { } reason })
            {
                kind.ExplainedRefusals.Add(reason);
                return null;
            }

            return error is null ? "not read, and no error names it" : $"refused: {error.Reason} at {error.FieldPath}";
        }

        var resource = queue.Dequeue();
        kind.Read++;
        var written = YamlWriter.Write(resource, release);
        object? writtenTree;
        try
        {
            writtenTree = DataTree.Normalize(DataTree.Stream(written).Single());
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            return $"the written YAML does not read back with YamlDotNet: {e.Message}";
        }

        if (!sources.TryGetValue(row.Key, out var sourceQueue) || sourceQueue.Count == 0)
        {
            return "its source document was not found by kind, namespace and name";
        }

        var sourceTree = (SortedDictionary<string, object?>)DataTree.Normalize(sourceQueue.Dequeue())!;
        var writtenMap = (SortedDictionary<string, object?>)writtenTree!;
        var writtenApiVersion = (string)writtenMap["apiVersion"]!;
        sourceTree.Remove("apiVersion"); // a release may serve several versions: we write its newest
        writtenMap.Remove("apiVersion");
        sourceTree.TryAdd("spec", new SortedDictionary<string, object?>(StringComparer.Ordinal)); // no spec is written as spec: {}
        if (DataTree.FirstDifference(sourceTree, writtenMap) is { } difference)
        {
            return $"written back differently at {difference}";
        }

        kind.WrittenBackEqual++;
        var slash = writtenApiVersion.LastIndexOf('/');
        writtenMap["apiVersion"] = writtenApiVersion;
        var (group, version) = (writtenApiVersion[..slash], writtenApiVersion[(slash + 1)..]);
        var schemaErrors = schemas.Errors(group, row.Kind, version, writtenMap);
        if (schemaErrors.Count == 0)
        {
            kind.SchemaValid++;
            return null;
        }

        // Translator test data holds values the API server would reject (negative limits, bad patterns): those
        // read (their findings are the validator's), and the written document fails exactly where the source does.
        sourceTree["apiVersion"] = writtenApiVersion;
        if (schemas.Errors(group, row.Kind, version, sourceTree).SequenceEqual(schemaErrors))
        {
            kind.SchemaInvalidAsUpstream++;
            return null;
        }

        return $"the written document fails the CRD schema where the source does not: {string.Join("; ", schemaErrors.Take(3))}";
    }

    private static string? CheckRefused(UpstreamCorpus.Row row, Dictionary<string, Queue<KubernetesObject>> resources, List<ManifestParseException> errors, KindCounts kind)
    {
        var error = TakeError(errors);
        if (error is null)
        {
            if (row.Verdict == "unknown-field" && resources.TryGetValue(row.Key, out var queue) && queue.Count > 0)
            {
                // Every unknown field is known to another release: the document binds and the validator reports it.
                queue.Dequeue();
                kind.BoundForValidator++;
                return null;
            }

            return $"expected a refusal ({row.Verdict}: {row.Detail}), but it read";
        }

        var named = row.Verdict == "unserved-version"
            ? error.Reason.Contains(row.ApiVersion, StringComparison.Ordinal) && error.Reason.Contains("not served", StringComparison.Ordinal)
            : row.Detail.Split(", ").Any(path => path == error.FieldPath || path.StartsWith(error.FieldPath + ".", StringComparison.Ordinal));
        if (!named && ExplainedRefusals.FirstOrDefault(x => x.Matches(error)) is { Reason: { } reason })
        {
            kind.ExplainedRefusals.Add(reason);
            return null;
        }

        if (!named)
        {
            return $"refused, but not for the {row.Verdict} ({row.Detail}): {error.Reason} at {error.FieldPath}";
        }

        kind.RefusedAsExpected++;
        return null;
    }

    /// <summary>
    /// The error of the row's document: rows are taken in stream order and errors come in stream order, so the
    /// next unclaimed error is the one of the next document that did not read.
    /// </summary>
    private static ManifestParseException? TakeError(List<ManifestParseException> errors)
    {
        if (errors.Count == 0)
        {
            return null;
        }

        var error = errors[0];
        errors.RemoveAt(0);
        return error;
    }

    private static string Key(KubernetesObject resource) => $"{resource.Kind}/{resource.Metadata.Namespace}/{resource.Metadata.Name}";

    /// <summary>Each document of a stream as data, by kind, namespace and name, in stream order.</summary>
    private static Dictionary<string, Queue<object?>> SourceDocuments(string text)
    {
        var byKey = new Dictionary<string, Queue<object?>>(StringComparer.Ordinal);
        foreach (var document in DataTree.Stream(text).OfType<SortedDictionary<string, object?>>())
        {
            var metadata = document.GetValueOrDefault("metadata") as SortedDictionary<string, object?>;
            var key = $"{document.GetValueOrDefault("kind")}/{metadata?.GetValueOrDefault("namespace")}/{metadata?.GetValueOrDefault("name")}";
            (byKey.TryGetValue(key, out var queue) ? queue : byKey[key] = new Queue<object?>()).Enqueue(document);
        }

        return byKey;
    }

    private static void WriteCounts(string releaseTag, SortedDictionary<string, KindCounts> counts)
    {
        var builder = new StringBuilder();
        foreach (var (kind, c) in counts)
        {
            builder.Append(CultureInfo.InvariantCulture, $"{releaseTag}\t{kind}\t{c.Documents}\t{c.Read}\t{c.WrittenBackEqual}\t{c.SchemaValid}\t{c.SchemaInvalidAsUpstream}\t{c.RefusedAsExpected}\t{c.BoundForValidator}\t{c.ExplainedRefusals.Count}\t{c.Failures.Count}\t{string.Join(" | ", c.ExplainedRefusals.Concat(c.Failures).Distinct())}\n");
        }

        var folder = Path.Combine(AppContext.BaseDirectory, "upstream-corpus");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, releaseTag + ".tsv"), builder.ToString());
    }

    private sealed class KindCounts
    {
        public int Documents { get; set; }

        public int Read { get; set; }

        public int WrittenBackEqual { get; set; }

        public int SchemaValid { get; set; }

        public int SchemaInvalidAsUpstream { get; set; }

        public int RefusedAsExpected { get; set; }

        public int BoundForValidator { get; set; }

        public List<string> ExplainedRefusals { get; } = [];

        public List<string> Failures { get; } = [];
    }
}
