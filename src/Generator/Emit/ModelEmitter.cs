using EnvoyGateway.Dsl.Generator.Model;
using EnvoyGateway.Dsl.Generator.Naming;
using EnvoyGateway.Dsl.Generator.Releases;

namespace EnvoyGateway.Dsl.Generator.Emit;

/// <summary>
/// Writes one C# file per model type and per closed set, in the pattern of the hand-written model:
/// sealed classes over <c>SourceTrackedObject</c> (kinds over <c>KubernetesObject</c>) with caller-info
/// constructors, optional parts null until set, lists and maps existing from construction, closed-set
/// fields as strings with a static class of their values, release facts as attributes.
/// </summary>
internal sealed class ModelEmitter(UnionModel model)
{
    public const string GeneratedFolder = "src/Dsl/Generated";

    private const string CallerParameters = "[CallerFilePath] string callerFilePath = \"\", [CallerLineNumber] int callerLineNumber = 0";

    /// <summary>Names the generated code uses unqualified: a model type with one of these names would shadow it.</summary>
    private static readonly HashSet<string> ReservedTypeNames =
    [
        "SourceTrackedObject", "KubernetesObject", "ObjectMeta", "IntOrString", "JsonNode", "EnvoyGatewayRelease", "EnvoyGatewayReleaseAttribute",
        "CallerFilePath", "CallerFilePathAttribute", "CallerLineNumber", "CallerLineNumberAttribute", "ArgumentNullException", "String", "Object",
    ];

    private ReleaseList Releases => model.Releases;

    public static string FolderOf(string @namespace) => $"{GeneratedFolder}/{CSharpNames.FolderOfNamespace(@namespace)}";

    public void EmitAll(GeneratedOutput output)
    {
        foreach (var type in model.Types)
        {
            if (ReservedTypeNames.Contains(type.Name))
            {
                throw new GenerationException($"{type.FullName}: the name shadows a type the generated code uses; rename it in type-name-overrides.tsv.");
            }

            output.Add($"{FolderOf(type.Namespace)}/{type.Name}.cs", type.Kind is null ? EmitObject(type) : EmitKind(type));
        }

        foreach (var closedSet in model.ClosedSets)
        {
            output.Add($"{FolderOf(closedSet.Namespace)}/{closedSet.Name}.cs", EmitClosedSet(closedSet));
        }

        foreach (var @namespace in model.Types.Select(t => t.Namespace).Distinct())
        {
            output.OwnedFolders.Add(FolderOf(@namespace));
        }
    }

    private static CodeWriter Start(string @namespace, bool usesJson, bool usesCallerInfo = true)
    {
        var w = new CodeWriter();
        w.Line(CodeWriter.Header.TrimEnd('\n'));
        w.Line();
        if (usesCallerInfo)
        {
            w.Line("using System.Runtime.CompilerServices;");
        }

        if (usesJson)
        {
            w.Line("using System.Text.Json.Nodes;");
        }

        if (usesCallerInfo || usesJson)
        {
            w.Line();
        }

        w.Line($"namespace {@namespace};");
        w.Line();
        return w;
    }

    private static bool UsesJson(ModelType type) => type.Properties.Any(p => p.Shape.Innermost.Kind == ShapeKind.FreeForm);

    private string EmitKind(ModelType type)
    {
        var kind = type.Kind!;
        var spec = type.Property("spec");
        if (spec is null || spec.Shape.Kind != ShapeKind.Object || type.Properties.Count != 1)
        {
            throw new GenerationException($"{kind}: a kind's schema must have exactly an object 'spec' besides apiVersion, kind, metadata and status.");
        }

        var specType = TypeName(spec.Shape.Type!, type.Namespace);
        var newest = kind.Releases.Last;
        var w = Start(type.Namespace, usesJson: false);
        w.Doc("summary", type.NewestDescription ?? $"{kind.Kind} ({kind.Group}).");
        w.Doc("remarks", $"Kind {kind.Kind} of API group {kind.Group}, {Scope(kind)}; Envoy Gateway releases: {Releases.Describe(kind.Releases)}. {ServedVersionsText(kind)}");
        Attributes(w, kind.Releases, ReleaseSet.Empty, Releases.Everything);
        w.Open($"public sealed class {type.Name} : KubernetesObject");
        w.Doc("summary", $"The apiVersion written for Envoy Gateway {Releases[newest].Name} (the newest version it serves).");
        w.Line($"public const string ApiVersionValue = {CodeWriter.Literal($"{kind.Group}/{kind.NewestServedVersion(newest)}")};");
        w.Line();
        w.Doc("summary", "The kind name.");
        w.Line($"public const string KindValue = {CodeWriter.Literal(kind.Kind)};");
        w.Line();
        w.Line($"private {specType} _spec;");
        w.Line();
        w.DocXml("summary", $"Creates a {kind.Kind} named <paramref name=\"name\"/>; metadata and spec exist from construction.");
        w.DocRaw("<param name=\"name\">metadata.name.</param>");
        CallerParameterDocs(w);
        w.Line($"public {type.Name}(string name, {CallerParameters})");
        w.Line($"    : base(ApiVersionValue, {CodeWriter.Literal(kind.Group)}, KindValue, name, callerFilePath, callerLineNumber)");
        w.Line("{");
        w.Line($"    _spec = new {specType}(callerFilePath, callerLineNumber);");
        w.Line("}");
        w.Line();
        w.Doc("summary", (spec.NewestDescription ?? "The desired state.") + " Exists from construction, so Spec = { … } fills it.");
        Attributes(w, spec.Releases, spec.DeprecatedIn, kind.Releases);
        w.Open($"public {specType} Spec");
        w.Line("get => _spec;");
        w.Line("set => _spec = value ?? throw new ArgumentNullException(nameof(value));");
        w.Close();
        w.Close();
        return w.ToString();
    }

    private string EmitObject(ModelType type)
    {
        var w = Start(type.Namespace, UsesJson(type));
        w.Doc("summary", type.NewestDescription ?? $"{type.Name}.");
        if (type.Uses.Count > 0)
        {
            var uses = type.Uses.Keys.Take(3).Select(u => $"<c>{CodeWriter.Escape(u)}</c>");
            w.DocXml("remarks", $"Used at {string.Join(", ", uses)}{(type.Uses.Count > 3 ? $" and {type.Uses.Count - 3} more" : "")}.");
        }

        Attributes(w, type.Releases, ReleaseSet.Empty, Releases.Everything);
        w.Open($"public sealed class {type.Name} : SourceTrackedObject");
        w.Doc("summary", $"Creates an empty {type.Name}; optional parts stay null until set, lists and maps read as empty until filled.");
        CallerParameterDocs(w);
        w.Line($"public {type.Name}({CallerParameters})");
        w.Line("    : base(callerFilePath, callerLineNumber)");
        w.Line("{");
        w.Line("}");
        foreach (var property in type.Properties)
        {
            w.Line();
            EmitProperty(w, type, property);
        }

        EmitItemLookup(w, type);
        w.Close();
        return w.ToString();
    }

    /// <summary>Findings about one item of a list of objects point at that item in YAML (SourceTrackedObject.Item).</summary>
    private static void EmitItemLookup(CodeWriter w, ModelType type)
    {
        var lists = type.Properties.Where(p => p.Shape.Kind == ShapeKind.List && p.Shape.Element!.Kind == ShapeKind.Object).ToList();
        if (lists.Count == 0)
        {
            return;
        }

        w.Line();
        w.Line("/// <inheritdoc />");
        w.Line("internal override SourceTrackedObject? Item(string list, int index)");
        w.Line("{");
        foreach (var property in lists)
        {
            w.Line($"    if (list == {CodeWriter.Literal(property.JsonName)} && index >= 0 && index < {property.CSharpName}.Count)");
            w.Line("    {");
            w.Line($"        return {property.CSharpName}[index];");
            w.Line("    }");
            w.Line();
        }

        w.Line("    return null;");
        w.Line("}");
    }

    private void EmitProperty(CodeWriter w, ModelType owner, ModelProperty property)
    {
        var csharpType = PropertyType(property, owner.Namespace);
        var field = "_" + char.ToLowerInvariant(property.CSharpName[0]) + property.CSharpName[1..];
        if (property.IsCollection)
        {
            w.Line($"private {csharpType}? {field};");
            w.Line();
        }

        w.Doc("summary", property.NewestDescription ?? $"{property.JsonName}.");
        w.DocXml("remarks", Remarks(property));
        Attributes(w, property.Releases, property.DeprecatedIn, owner.Releases);

        if (property.IsCollection)
        {
            w.Open($"public {csharpType} {property.CSharpName}");
            w.Line($"get => {field} ??= [];");
            w.Line($"set => {field} = value;");
            w.Close();
            w.Line();
            w.Line($"/// <summary><see cref=\"{property.CSharpName}\"/> as it is, without creating it: null until first read or set.</summary>");
            w.Line($"internal {csharpType}? {property.ReaderName} => {field};");
        }
        else
        {
            w.Line($"public {csharpType}? {property.CSharpName} {{ get; set; }}");
        }
    }

    /// <summary>What the schema says beyond the description: JSON name, releases, requirement, allowed values.</summary>
    private string Remarks(ModelProperty property)
    {
        var parts = new List<string> { $"JSON <c>{CodeWriter.Escape(property.JsonName)}</c>{(property.VariantName is null ? "" : $" as releases {Releases.Describe(property.Releases)} shape it")}." };
        if (!property.RequiredIn.IsEmpty)
        {
            parts.Add(property.RequiredIn == property.Releases ? "Required." : $"Required in {Releases.Describe(property.RequiredIn)}.");
        }

        if (property.ClosedSet is { } closedSet)
        {
            parts.Add($"Values: <see cref=\"{TypeName(closedSet.Namespace, closedSet.Name, property.Owner.Namespace)}\"/>.");
        }

        if (!property.DeprecatedIn.IsEmpty)
        {
            parts.Add($"Deprecated in {Releases.Describe(property.DeprecatedIn)}.");
        }

        return string.Join(" ", parts);
    }

    private string EmitClosedSet(ClosedSet closedSet)
    {
        var w = Start(closedSet.Namespace, usesJson: false, usesCallerInfo: false);
        var users = closedSet.Properties.Select(p => $"{p.Owner.Name}.{p.CSharpName}").Distinct().Order(StringComparer.Ordinal).ToList();
        w.Doc("summary", $"The allowed values of {string.Join(", ", users.Take(4))}{(users.Count > 4 ? $" and {users.Count - 4} more" : "")}, spelled as in YAML.");
        var releases = closedSet.Properties.Aggregate(ReleaseSet.Empty, (set, p) => set.Union(p.Releases));
        Attributes(w, releases, ReleaseSet.Empty, Releases.Everything);
        w.Open($"public static class {closedSet.Name}");
        var first = true;
        var values = closedSet.Values;
        foreach (var (value, name) in ClosedSetConstantNames.Of(closedSet))
        {
            var valueReleases = values[value];
            if (!first)
            {
                w.Line();
            }

            first = false;
            var spelled = value.Length == 0 ? "The empty string" : $"\"{value}\"";
            w.Doc("summary", valueReleases == releases ? $"{spelled}." : $"{spelled} (Envoy Gateway {Releases.Describe(valueReleases)}).");
            Attributes(w, valueReleases, ReleaseSet.Empty, releases);

            w.Line($"public const string {name} = {CodeWriter.Literal(value)};");
        }

        w.Close();
        return w.ToString();
    }

    private void Attributes(CodeWriter w, ReleaseSet exists, ReleaseSet deprecated, ReleaseSet owner)
    {
        foreach (var attribute in ReleaseAttributes.For(Releases, exists, deprecated, owner))
        {
            w.Line(attribute);
        }
    }

    private static void CallerParameterDocs(CodeWriter w)
    {
        w.DocRaw("<param name=\"callerFilePath\">Filled by the compiler: the file that creates this object, for diagnostics.</param>");
        w.DocRaw("<param name=\"callerLineNumber\">Filled by the compiler: the line that creates this object, for diagnostics.</param>");
    }

    private static string Scope(ModelKind kind) => kind.Scope == "Namespaced" ? "namespaced" : "cluster-scoped";

    private string ServedVersionsText(ModelKind kind)
    {
        var byVersion = kind.ServedVersions
            .GroupBy(v => v.Value[0])
            .Select(g => $"{g.Key} in {Releases.Describe(new ReleaseSet(g.Aggregate(0u, (bits, v) => bits | (1u << v.Key))))}");
        return $"Written as {string.Join("; ", byVersion)}.";
    }

    /// <summary>The C# type of a property (without the trailing '?' of optional scalars and objects).</summary>
    public static string PropertyType(ModelProperty property, string inNamespace)
        => property.CSharpTypeOverride ?? ShapeType(property.Shape, inNamespace);

    private static string ShapeType(PropertyShape shape, string inNamespace) => shape.Kind switch
    {
        ShapeKind.String => "string",
        ShapeKind.Integer => shape.IntegerFormat == "int32" ? "int" : "long",
        ShapeKind.Number => "double",
        ShapeKind.Boolean => "bool",
        ShapeKind.IntOrString => "IntOrString",
        ShapeKind.FreeForm => "JsonNode",
        ShapeKind.Object => TypeName(shape.Type!, inNamespace),
        ShapeKind.List => $"List<{ShapeType(shape.Element!, inNamespace)}>",
        ShapeKind.Map => $"Dictionary<string, {ShapeType(shape.Element!, inNamespace)}>",
        _ => throw new InvalidOperationException(shape.Kind.ToString()),
    };

    private static string TypeName(ModelType type, string inNamespace) => TypeName(type.Namespace, type.Name, inNamespace);

    private static string TypeName(string @namespace, string name, string inNamespace)
        => @namespace == inNamespace ? name : $"global::{@namespace}.{name}";
}
