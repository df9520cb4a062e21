using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using EnvoyGateway.Dsl.Analyzers.Walking;
using EnvoyGateway.Dsl.Cel;
using EnvoyGateway.Dsl.Rules.Schema;
using Microsoft.CodeAnalysis;

namespace EnvoyGateway.Dsl.Analyzers.Cel;

/// <summary>
/// The edit-time twin of build time's generated CEL walks: follows a kind's initializer through the schema of the
/// selected release to every node where the kind has rules (only there), evaluates each rule on what the analyzer
/// knows, and reports EG2100 — same path, message and key as <c>Validate</c> — when the rule is certainly false or
/// certainly fails. Nodes the build-time walk would not enter (not set, an empty list) are not entered.
/// </summary>
internal static class EditCelWalk
{
    private static readonly ConcurrentDictionary<(string Kind, int Release), Plan?> Plans = new();

    public static void Check(ConstantObject root, int rootType, string kind, int release, SuppressedCelRules suppressed, Action<Diagnostic> report)
    {
        if (Plans.GetOrAdd((kind, release), key => Plan.Of(key.Kind, key.Release)) is not { } plan)
        {
            return;
        }

        var walk = new Walk(plan, 1u << release, suppressed, report);
        walk.Node(CelValue.Object(new ConstantFacts(root, rootType, 1u << release)), "", "", root.Place);
    }

    /// <summary>A kind's rules in one release by schema path, and every path on the way to one.</summary>
    private sealed class Plan
    {
        private Plan(Dictionary<string, List<EditCelRule>> rulesAt, HashSet<string> paths)
        {
            RulesAt = rulesAt;
            Paths = paths;
        }

        public Dictionary<string, List<EditCelRule>> RulesAt { get; }

        public HashSet<string> Paths { get; }

        // The properties of the object at a schema path that lead to rules, with their paths: computed once per path.
        private readonly ConcurrentDictionary<string, (int Property, string Path)[]> _children = new(StringComparer.Ordinal);

        public (int Property, string Path)[] ChildrenOf(string schemaPath, int type, uint releaseBit)
            // Not GetOrAdd with a factory: that factory would capture the type and release, a new closure per call.
            => _children.TryGetValue(schemaPath, out var known) ? known : _children.GetOrAdd(schemaPath, FindChildren(schemaPath, type, releaseBit));

        private (int Property, string Path)[] FindChildren(string path, int type, uint releaseBit)
        {
            var owner = SchemaTable.Types[type];
            var children = new List<(int, string)>();
            for (var p = owner.FirstProperty; p < owner.FirstProperty + owner.PropertyCount; p++)
            {
                var childPath = path + "." + SchemaTable.Properties[p].JsonName;
                if ((SchemaTable.Properties[p].Releases & releaseBit) != 0 && Paths.Contains(childPath))
                {
                    children.Add((p, childPath));
                }
            }

            return [.. children];
        }

        public static Plan? Of(string kind, int release)
        {
            if (GeneratedEditCelRules.Of(kind) is not { } rules)
            {
                return null;
            }

            var bit = 1UL << release;
            var rulesAt = new Dictionary<string, List<EditCelRule>>(StringComparer.Ordinal);
            var paths = new HashSet<string>(StringComparer.Ordinal);
            foreach (var rule in rules)
            {
                if ((rule.Info.Releases & bit) == 0)
                {
                    continue;
                }

                var path = rule.Info.SchemaPath;
                if (!rulesAt.TryGetValue(path, out var here))
                {
                    rulesAt[path] = here = [];
                }

                here.Add(rule);
                for (var end = path.Length; end > 0; end--)
                {
                    if (end == path.Length || path[end] is '.' or '[' or '{')
                    {
                        paths.Add(path.Substring(0, end));
                    }
                }
            }

            return rulesAt.Count == 0 ? null : new Plan(rulesAt, paths);
        }
    }

    private sealed class Walk(Plan plan, uint releaseBit, SuppressedCelRules suppressed, Action<Diagnostic> report)
    {
        public void Node(CelValue value, string path, string schemaPath, FindingPlace place)
        {
            if (value.IsUnknown || value.Kind is CelValueKind.Null || (value.IsEmptyCollection && value.Exhaustive))
            {
                return;
            }

            if (plan.RulesAt.TryGetValue(schemaPath, out var rules))
            {
                foreach (var rule in rules)
                {
                    if (suppressed.IsEmpty || !suppressed.Contains(rule.Info.Key))
                    {
                        Evaluate(rule, value, path, place);
                    }
                }
            }

            switch (value.Kind)
            {
                case CelValueKind.Object when value.Facts is ConstantFacts facts:
                    Fields(facts, path, schemaPath);
                    break;
                case CelValueKind.List when plan.Paths.Contains(schemaPath + "[]"):
                    for (var i = 0; i < value.Items.Count; i++)
                    {
                        var item = value.Items[i];
                        Node(item, path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]", schemaPath + "[]", CreationOf(item) ?? place);
                    }

                    break;
                case CelValueKind.Map when plan.Paths.Contains(schemaPath + "{}"):
                    foreach (var entry in value.Entries)
                    {
                        Node(entry.Value, path + "[" + entry.Key + "]", schemaPath + "{}", CreationOf(entry.Value) ?? place);
                    }

                    break;
            }
        }

        private void Fields(ConstantFacts facts, string path, string schemaPath)
        {
            foreach (var (p, childSchemaPath) in plan.ChildrenOf(schemaPath, facts.Type, releaseBit))
            {
                if (facts.Read(p) is not { } child)
                {
                    continue;
                }

                var property = SchemaTable.Properties[p];

                var member = facts.Value.Member(property.Member);
                var place = CreationOf(child)
                    ?? (member is null ? facts.Value.Place
                    : property.Shape == SchemaShape.Scalar ? FindingPlace.Of(member.ValueSyntax)
                    : FindingPlace.Of(member.NameSyntax));
                Node(child, path.Length == 0 ? property.JsonName : path + "." + property.JsonName, childSchemaPath, place);
            }
        }

        /// <summary>Where a finding about <paramref name="value"/> goes when it is an object written in the source: its creation; else null.</summary>
        private static FindingPlace? CreationOf(CelValue value)
            => value.Kind == CelValueKind.Object && value.Facts is ConstantFacts facts ? facts.Value.Place : null;

        private void Evaluate(EditCelRule rule, CelValue self, string path, FindingPlace place)
        {
            var result = rule.Evaluate(self);
            string message;
            if (result.IsFalse)
            {
                message = rule.Info.Describe();
            }
            else if (result.IsError && !result.RequiredMissing)
            {
                message = $"{rule.Info.Describe()} (the rule could not be evaluated: {result.Payload})";
            }
            else
            {
                return;
            }

            var fullPath = path + (rule.Info.FieldPath ?? "");
            if (fullPath.StartsWith(".", StringComparison.Ordinal))
            {
                fullPath = fullPath.Substring(1);
            }

            var properties = ImmutableDictionary<string, string?>.Empty.Add(CelRuleInfo.PropertyName, rule.Info.Key);
            if (result.IsFalse && FixOf(rule.Info, self) is { } fix)
            {
                properties = properties.AddRange(fix);
            }

            report(Diagnostic.Create(Descriptors.EG2100, place.Location, properties, fullPath, message, rule.Info.Key));
        }

        /// <summary>
        /// The properties of the rule's quick fix (set the discriminator to the value the field requires), when the rule has one and
        /// the field is certainly set: the object's C# type, the discriminator's C# property and the value.
        /// </summary>
        private static IEnumerable<KeyValuePair<string, string?>>? FixOf(CelRuleInfo rule, CelValue self)
        {
            if (rule.FixField is not { } field || self.Kind != CelValueKind.Object || self.Facts is not ConstantFacts facts
                || !facts.Has(field, hasDefault: false).IsTrue || facts.PropertyIndex(rule.FixDiscriminator!) is var discriminator && discriminator < 0)
            {
                return null;
            }

            return
            [
                new(DiagnosticProperties.ObjectType, facts.Value.ObjectType),
                new(DiagnosticProperties.Property, SchemaTable.Properties[discriminator].Member),
                new(DiagnosticProperties.FixData, rule.FixValue),
            ];
        }
    }
}
