using System.Globalization;
using EnvoyGateway.Dsl.Generator.Model;
using EnvoyGateway.Dsl.Generator.Releases;

namespace EnvoyGateway.Dsl.Generator.Emit;

/// <summary>
/// Writes the schema-rule table that one walk (src/Dsl/Rules/Schema/SchemaWalk.cs) interprets at build time
/// and in the analyzer: every kind, type and property of the union model with its JSON and C# names, shape,
/// releases, deprecation and, per group of releases with the same rules, required and the CRD's facts (enum,
/// limits, pattern, format, items, properties, list keys). Plain arrays and constructors, so the analyzer
/// (netstandard2.0) links it as source without reflection. Facts are pooled: equal facts are written once.
/// </summary>
internal static class SchemaTableEmitter
{
    public const string RelativePath = ModelEmitter.GeneratedFolder + "/Schema/SchemaTable.cs";

    public static string Emit(UnionModel model)
    {
        var pool = new FactsPool();
        var typeIndex = model.Types.Select((t, i) => (t, i)).ToDictionary(p => p.t, p => p.i);
        var properties = new List<string>();
        var types = new List<string>();
        foreach (var type in model.Types)
        {
            var first = properties.Count;
            foreach (var property in type.Properties)
            {
                properties.Add(Property(property, typeIndex, pool));
            }

            types.Add($"new({CodeWriter.Literal(type.FullName)}, {Bits(type.Releases)}, {first}, {properties.Count - first})");
        }

        var w = new CodeWriter();
        w.Line(CodeWriter.Header.TrimEnd('\n'));
        w.Line();
        w.Line("namespace EnvoyGateway.Dsl.Rules.Schema;");
        w.Line();
        w.Doc("summary", "The schema rules of every kind, type and property of every supported release, read by SchemaWalk. A release set is a bitmask: bit i is EnvoyGatewayVersion.Supported[i].");
        w.Open("internal static partial class SchemaTable");
        w.ChunkedArray("SchemaFacts", "Facts", "Every distinct set of facts, shared by the properties and releases that have it.", pool.Entries);
        w.ChunkedArray("SchemaType", "Types", "Every type, sorted by full C# name: (name, releases, first property, property count).", types);
        w.ChunkedArray("SchemaProperty", "Properties", "Every property, by type and then JSON name: (owner, JSON name, C# name, shape, innermost value, object type, releases, deprecated in, rules per release group).", properties);
        w.ChunkedArray("SchemaKind", "Kinds", "Every kind: (group, kind, releases, root type).", model.Kinds.Select(kind => $"new({CodeWriter.Literal(kind.Group)}, {CodeWriter.Literal(kind.Kind)}, {Bits(kind.Releases)}, {typeIndex[kind.RootType]})").ToList());
        w.Doc("summary", "Release names, by index (the bit of a release set).");
        w.Line($"public static readonly string[] ReleaseNames = {{ {string.Join(", ", model.Releases.All.Select(r => CodeWriter.Literal(r.Name)))} }};");
        w.Close();
        return w.ToString();
    }

    private static string Property(ModelProperty property, Dictionary<ModelType, int> typeIndex, FactsPool pool)
    {
        var shape = property.Shape.Kind switch
        {
            ShapeKind.Object => "Object",
            ShapeKind.List => "List",
            ShapeKind.Map => "Map",
            _ => "Scalar",
        };
        var innermost = property.Shape.Innermost;
        var scalar = innermost.Kind switch
        {
            ShapeKind.String => "String",
            ShapeKind.Integer => "Integer",
            ShapeKind.Number => "Number",
            ShapeKind.Boolean => "Boolean",
            ShapeKind.IntOrString => "IntOrString",
            ShapeKind.FreeForm => "FreeForm",
            _ => "Object",
        };
        var type = innermost.Type is { } objectType ? typeIndex[objectType] : -1;

        // Releases with the same required flag and facts share one group. A required field with a default is never
        // missing: the API server applies the default before it checks required (responseOverride's body.type).
        var groups = new List<(uint Bits, bool Required, int Facts)>();
        foreach (var (index, release) in property.PerRelease)
        {
            var facts = pool.Add(release.Facts, property.Shape);
            var required = release.Required && release.Facts.Default is null;
            var at = groups.FindIndex(g => g.Required == required && g.Facts == facts);
            if (at < 0)
            {
                groups.Add((ReleaseSet.Of(index).Bits, required, facts));
            }
            else
            {
                groups[at] = (groups[at].Bits | ReleaseSet.Of(index).Bits, required, facts);
            }
        }

        var rules = string.Join(", ", groups.Select(g => $"new(0x{g.Bits:X}u, {(g.Required ? "true" : "false")}, {g.Facts})"));
        var owner = typeIndex[property.Owner];
        return $"new({owner}, {CodeWriter.Literal(property.JsonName)}, {CodeWriter.Literal(property.CSharpName)}, SchemaShape.{shape}, SchemaScalar.{scalar}, {type}, {Bits(property.Releases)}, {Bits(property.DeprecatedIn)}, new SchemaRelease[] {{ {rules} }})";
    }

    private static string Bits(ReleaseSet set) => $"0x{set.Bits:X}u";

    /// <summary>The distinct facts, each written once as a constructor call; -1 stands for "no rules".</summary>
    private sealed class FactsPool
    {
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

        public List<string> Entries { get; } = [];

        public int Add(NodeFacts facts, PropertyShape shape)
        {
            var element = facts.Element is { } inner && shape.Element is { } elementShape && elementShape.Kind != ShapeKind.Object
                ? Add(inner, elementShape)
                : -1;
            var args = new List<string>();
            if (facts.Enum.Count > 0)
            {
                args.Add($"enumValues: new[] {{ {string.Join(", ", facts.Enum.Select(e => CodeWriter.Literal(ModelProperty.DecodeEnumValue(e))))} }}");
            }

            if (facts.Minimum is { } min)
            {
                args.Add("minimum: " + Number(min));
            }

            if (facts.Maximum is { } max)
            {
                args.Add("maximum: " + Number(max));
            }

            if (facts.ExclusiveMinimum && facts.Minimum is not null)
            {
                args.Add("exclusiveMinimum: true");
            }

            if (facts.ExclusiveMaximum && facts.Maximum is not null)
            {
                args.Add("exclusiveMaximum: true");
            }

            Limit(args, "minLength", facts.MinLength);
            Limit(args, "maxLength", facts.MaxLength);
            if (facts.Pattern is { } pattern)
            {
                args.Add("pattern: " + CodeWriter.Literal(pattern));
            }

            if (facts.AllOfPatterns.Count > 0)
            {
                args.Add($"allOfPatterns: new[] {{ {string.Join(", ", facts.AllOfPatterns.Select(CodeWriter.Literal))} }}");
            }

            if (facts.Format is { } format)
            {
                args.Add("format: " + CodeWriter.Literal(format));
            }

            if (shape.Kind == ShapeKind.List)
            {
                Limit(args, "minItems", facts.MinItems);
                Limit(args, "maxItems", facts.MaxItems);
                if (facts.UniqueItems)
                {
                    args.Add("uniqueItems: true");
                }

                if (facts.ListType == "map" && facts.ListMapKeys.Count > 0)
                {
                    args.Add($"listMapKeys: new[] {{ {string.Join(", ", facts.ListMapKeys.Select(CodeWriter.Literal))} }}");
                }
                else if (facts.ListType == "set")
                {
                    args.Add("listSet: true");
                }
            }

            if (shape.Kind is ShapeKind.Map or ShapeKind.Object or ShapeKind.FreeForm)
            {
                Limit(args, "minProperties", facts.MinProperties);
                Limit(args, "maxProperties", facts.MaxProperties);
            }

            if (element >= 0)
            {
                args.Add("element: " + element.ToString(CultureInfo.InvariantCulture));
            }

            if (args.Count == 0)
            {
                return -1;
            }

            var text = $"new({string.Join(", ", args)})";
            if (!_index.TryGetValue(text, out var at))
            {
                at = Entries.Count;
                _index.Add(text, at);
                Entries.Add(text);
            }

            return at;
        }

        private static void Limit(List<string> args, string name, long? value)
        {
            if (value is { } limit)
            {
                args.Add($"{name}: {Math.Min(limit, int.MaxValue).ToString(CultureInfo.InvariantCulture)}");
            }
        }

        private static string Number(string text)
        {
            var value = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
            return value.ToString("R", CultureInfo.InvariantCulture);
        }
    }
}
