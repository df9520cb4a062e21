using EnvoyGateway.Dsl.Generator.Model;
using EnvoyGateway.Dsl.Generator.Releases;

namespace EnvoyGateway.Dsl.Generator.Emit;

/// <summary>
/// Writes the release table the runtime validator reads without reflection (and the analyzer can link
/// as source): for each kind its releases and served versions, for each property and allowed value
/// that not every release of its owner has (or that a release deprecates) its release set as a bitmask
/// over <c>EnvoyGatewayVersion.Supported</c>. The same facts as the <c>[EnvoyGatewayRelease]</c>
/// attributes, from the same model.
/// </summary>
internal static class ReleaseFactsEmitter
{
    public const string RelativePath = ModelEmitter.GeneratedFolder + "/ReleaseFacts.cs";

    public static string Emit(UnionModel model)
    {
        var releases = model.Releases;
        var w = new CodeWriter();
        w.Line(CodeWriter.Header.TrimEnd('\n'));
        w.Line();
        w.Line("namespace EnvoyGateway.Dsl.Releases;");
        w.Line();
        w.Doc("summary", $"Which supported releases ({string.Join(", ", releases.All.Select(r => r.Name))}) have each kind, and each property and allowed value that not every release has. A release set is a bitmask: bit i is EnvoyGatewayVersion.Supported[i]. Members and values not listed exist in every release their owner exists in.");
        w.Open("internal static class ReleaseFacts");
        var kinds = model.Kinds.Select(kind =>
        {
            var perRelease = releases.All.Select(r => kind.ServedVersions.TryGetValue(r.Index, out var versions)
                ? "[" + string.Join(", ", versions.Select(CodeWriter.Literal)) + "]"
                : "[]");
            return $"new({CodeWriter.Literal(kind.Group)}, {CodeWriter.Literal(kind.Kind)}, {Bits(kind.Releases)}, [{string.Join(", ", perRelease)}])";
        });
        w.ChunkedArray("KindReleases", "Kinds", "Every kind: its releases and, per release (index into EnvoyGatewayVersion.Supported), the versions it serves, newest (the one written) first; empty where the release lacks the kind.", [.. kinds]);
        var members = model.Types.SelectMany(type => type.Properties
            .Where(p => p.Releases != type.Releases || !p.DeprecatedIn.IsEmpty)
            .Select(property => $"new({CodeWriter.Literal(type.FullName)}, {CodeWriter.Literal(property.JsonName)}, {CodeWriter.Literal(property.CSharpName)}, {Bits(property.Releases)}, {Bits(property.DeprecatedIn)})"));
        w.ChunkedArray("MemberReleases", "Members", "Properties with their own releases or a deprecation, sorted by type and JSON name: (C# type, JSON name, C# property, releases, deprecated in).", [.. members]);
        var values = new List<string>();
        foreach (var type in model.Types)
        {
            foreach (var property in type.Properties)
            {
                var withEnum = property.PerRelease.Where(r => r.Value.Facts.ScalarEnum.Count > 0).Aggregate(ReleaseSet.Empty, (set, r) => set.Union(ReleaseSet.Of(r.Key)));
                foreach (var (value, valueReleases) in property.EnumValues.Where(v => v.Value != withEnum))
                {
                    values.Add($"new({CodeWriter.Literal(type.FullName)}, {CodeWriter.Literal(property.JsonName)}, {CodeWriter.Literal(property.CSharpName)}, {CodeWriter.Literal(value)}, {Bits(valueReleases)})");
                }
            }
        }

        w.ChunkedArray("ValueReleases", "Values", "Allowed values that not every release of their property allows: (C# type, JSON name, C# property, value, releases).", values);
        w.Line("private static readonly Dictionary<(string Type, string Member), MemberReleases> MembersByName = Members.ToDictionary(m => (m.Type, m.Member));");
        w.Line();
        w.Line("private static readonly Dictionary<(string Type, string Member, string Value), ValueReleases> ValuesByName = Values.ToDictionary(v => (v.Type, v.Member, v.Value));");
        w.Line();
        w.Doc("summary", "The kind of this API group and name, or null when no supported release has it.");
        w.Line("public static KindReleases? Kind(string group, string kind) => Array.Find(Kinds, k => k.Group == group && k.Kind == kind);");
        w.Line();
        w.Doc("summary", "The releases of a property (by full C# type name and C# property name), or null when it exists in every release of its type and is never deprecated.");
        w.Line("public static MemberReleases? Member(string type, string member) => MembersByName.TryGetValue((type, member), out var found) ? found : null;");
        w.Line();
        w.Doc("summary", "The releases of an allowed value of a property, or null when every release with allowed values there allows it.");
        w.Line("public static ValueReleases? Value(string type, string member, string value) => ValuesByName.TryGetValue((type, member, value), out var found) ? found : null;");
        w.Close();
        w.Line();
        w.Doc("summary", "A kind's releases and served versions.");
        w.Open("internal sealed class KindReleases(string group, string kind, uint releases, string[][] servedVersions)");
        w.Doc("summary", "The API group.").Line("public string Group { get; } = group;").Line();
        w.Doc("summary", "The kind name.").Line("public string Kind { get; } = kind;").Line();
        w.Doc("summary", "The releases that serve the kind (bitmask).").Line("public uint Releases { get; } = releases;").Line();
        w.Doc("summary", "Per release: the served versions, newest first.").Line("public string[][] ServedVersions { get; } = servedVersions;");
        w.Close();
        w.Line();
        w.Doc("summary", "A property's releases and deprecation.");
        w.Open("internal sealed class MemberReleases(string type, string jsonName, string member, uint releases, uint deprecated)");
        w.Doc("summary", "The full C# name of the owning type.").Line("public string Type { get; } = type;").Line();
        w.Doc("summary", "The JSON name.").Line("public string JsonName { get; } = jsonName;").Line();
        w.Doc("summary", "The C# property name.").Line("public string Member { get; } = member;").Line();
        w.Doc("summary", "The releases that have it (bitmask).").Line("public uint Releases { get; } = releases;").Line();
        w.Doc("summary", "The releases that deprecate it (bitmask).").Line("public uint Deprecated { get; } = deprecated;");
        w.Close();
        w.Line();
        w.Doc("summary", "An allowed value's releases.");
        w.Open("internal sealed class ValueReleases(string type, string jsonName, string member, string value, uint releases)");
        w.Doc("summary", "The full C# name of the owning type.").Line("public string Type { get; } = type;").Line();
        w.Doc("summary", "The JSON name of the property.").Line("public string JsonName { get; } = jsonName;").Line();
        w.Doc("summary", "The C# property name.").Line("public string Member { get; } = member;").Line();
        w.Doc("summary", "The value as YAML spells it.").Line("public string Value { get; } = value;").Line();
        w.Doc("summary", "The releases that allow it (bitmask).").Line("public uint Releases { get; } = releases;");
        w.Close();
        return w.ToString();
    }

    private static string Bits(ReleaseSet set) => $"0x{set.Bits:X}u";
}
