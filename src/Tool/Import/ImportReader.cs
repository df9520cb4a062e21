using System.Globalization;
using EnvoyGateway.Dsl.Serialization;
using EnvoyGateway.Dsl.Tool.Inputs;
using EnvoyGateway.Dsl.Tool.Reporting;

namespace EnvoyGateway.Dsl.Tool.Import;

/// <summary>One document of a modelled kind, read and checked: its metadata bound, its spec kept as the tree it was written as.</summary>
internal sealed record ImportedResource(ImportKind Kind, ObjectMeta Metadata, YamlMappingNode? Spec, string SourceName);

/// <summary>
/// Reads every input with the product's YAML tree reader (the parse <see cref="ManifestSet.Parse(string)"/> uses)
/// and keeps each document of a kind in the generated <see cref="ImportTable"/>; other kinds (Service,
/// Deployment, a foreign CRD) are set aside and counted. Each kept document is checked as the product
/// reads it for <paramref name="release"/>: metadata by the manifest binder, spec by the generated spec
/// binder, so input the library refuses is refused here with the same file, line and reason. The spec stays
/// a tree because the importer writes it in the order the author wrote it.
/// </summary>
internal sealed class ImportReader(TextReader standardInput, EnvoyGatewayVersion release)
{
    private const string ResourceFields = "apiVersion, kind, metadata, spec";

    public List<ImportedResource> Resources { get; } = [];

    public List<Finding> Errors { get; } = [];

    public IReadOnlyList<string> Files { get; private set; } = [];

    /// <summary>Documents set aside, by "kind (apiVersion)".</summary>
    public SortedDictionary<string, int> Skipped { get; } = new(StringComparer.Ordinal);

    public void Load(IEnumerable<string> paths)
    {
        var (files, missing) = InputFiles.Expand(paths);
        foreach (var path in missing)
        {
            Errors.Add(Finding.FromUnreadableInput(path, "no such file or folder"));
        }

        Files = [.. files.Select(file => file.Name)];
        foreach (var file in files)
        {
            LoadFile(file);
        }
    }

    /// <summary>Reads one YAML stream (for tests and callers that hold the text).</summary>
    public void LoadText(string text, string sourceName)
    {
        var found = new List<ImportedResource>();
        var skipped = new List<string>();
        try
        {
            if (text.Length > ParseOptions.Default.MaxInputLength)
            {
                throw new ManifestParseException(sourceName, 1, 1, "", string.Create(CultureInfo.InvariantCulture,
                    $"the input is {text.Length} characters long, more than the limit of {ParseOptions.Default.MaxInputLength} (ParseOptions.MaxInputLength)"));
            }

            var reader = new YamlTreeReader(text, sourceName, ParseOptions.Default);
            var context = new BindContext(sourceName);
            while (reader.ReadDocument() is { } root)
            {
                ReadDocument(context, root, found, skipped);
            }
        }
        catch (ManifestParseException e)
        {
            Errors.Add(Finding.FromParseError(e, sourceName));
            return;
        }

        Resources.AddRange(found);
        foreach (var what in skipped)
        {
            Skipped[what] = Skipped.GetValueOrDefault(what) + 1;
        }
    }

    private void LoadFile(InputFile input)
    {
        string text;
        try
        {
            text = input.IsStandardInput ? standardInput.ReadToEnd() : File.ReadAllText(input.Name);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Errors.Add(Finding.FromUnreadableInput(input.Name, e.Message));
            return;
        }

        LoadText(text, input.Name);
    }

    private void ReadDocument(BindContext context, YamlNode root, List<ImportedResource> found, List<string> skipped)
    {
        if (context.Mapping(root) is not { } document)
        {
            return; // an empty document, e.g. after a trailing "---"
        }

        if (Field(document, "apiVersion") is YamlScalarNode { Value: "v1" } && Field(document, "kind") is YamlScalarNode { Value: "List" } && Field(document, "items") is { } items)
        {
            context.Path.Push("items");
            var resources = new List<ImportedResource?>();
            context.Items(items, "items", resources, (c, item) => ReadResource(c, c.Mapping(item) ?? throw c.Error(item, "expected a resource, found null"), skipped));
            context.Path.Pop();
            found.AddRange(resources.OfType<ImportedResource>());
        }
        else if (ReadResource(context, document, skipped) is { } resource)
        {
            found.Add(resource);
        }
    }

    private ImportedResource? ReadResource(BindContext context, YamlMappingNode document, List<string> skipped)
    {
        var kindName = Field(document, "kind") is { } kindNode ? context.String(kindNode) : null;
        var apiVersion = Field(document, "apiVersion") is { } versionNode ? context.String(versionNode) : null;
        if (kindName is null || apiVersion is null)
        {
            throw context.Error(document, kindName is null ? "missing kind" : $"missing apiVersion for kind {kindName}");
        }

        var slash = apiVersion.IndexOf('/', StringComparison.Ordinal);
        var group = slash < 0 ? "" : apiVersion[..slash];
        if (ImportCatalog.Instance.Kind(group, kindName) is not { } kind)
        {
            skipped.Add($"{kindName} ({apiVersion})");
            return null;
        }

        CheckServed(context, document, kind, apiVersion[(slash + 1)..]);
        var metadata = new ObjectMeta("", 0);
        YamlMappingNode? spec = null;
        foreach (var (key, value) in document.Entries)
        {
            context.Path.Push(key.Value);
            switch (key.Value)
            {
                case "apiVersion" or "kind":
                    break;
                case "metadata":
                    if (context.Mapping(value) is { } mapping)
                    {
                        metadata = ManifestBinder.BindMetadata(context, mapping);
                    }

                    break;
                case "spec":
                    spec = context.Mapping(value);
                    if (spec is not null && !GeneratedSpecBinder.TryBindSpec(context, EmptyResource(kind), spec, release))
                    {
                        throw new InvalidOperationException($"The generated spec binder does not know {kind.RootType}: regenerate.");
                    }

                    break;
                case "status":
                    throw context.Error(key, "status is written by the Envoy Gateway controller and must be removed from the manifest");
                default:
                    throw context.UnknownField(key, kind.Kind, ResourceFields);
            }

            context.Path.Pop();
        }

        return new ImportedResource(kind, metadata, spec, context.At(document).File);
    }

    /// <summary>The kind must exist in the release and serve the document's version (the code writes the newest version it serves).</summary>
    private void CheckServed(BindContext context, YamlMappingNode document, ImportKind kind, string version)
    {
        var served = Releases.ReleaseFacts.Kinds.First(k => k.Group == kind.Group && k.Kind == kind.Kind).ServedVersions[release.Index];
        if (served.Length == 0)
        {
            throw context.Error(Field(document, "kind")!, $"kind {kind.Kind} is not available in Envoy Gateway {release}");
        }

        if (!served.Contains(version, StringComparer.Ordinal))
        {
            throw context.Error(Field(document, "apiVersion")!,
                $"apiVersion {kind.Group}/{version} of kind {kind.Kind} is not served by Envoy Gateway {release}; it serves {string.Join(", ", served.Select(v => kind.Group + "/" + v))}");
        }
    }

    /// <summary>A fresh resource of the kind, for the spec binder to fill (the generated kinds share this constructor).</summary>
    private static KubernetesObject EmptyResource(ImportKind kind)
    {
        var type = typeof(KubernetesObject).Assembly.GetType(kind.RootType, throwOnError: true)!;
        return (KubernetesObject)Activator.CreateInstance(type, "", "", 0)!;
    }

    private static YamlNode? Field(YamlMappingNode mapping, string name)
    {
        foreach (var (key, value) in mapping.Entries)
        {
            if (key.Value == name)
            {
                return value;
            }
        }

        return null;
    }
}
