using System.Globalization;
using System.Text.RegularExpressions;
using EnvoyGateway.Dsl.Rules.Syntax;

namespace EnvoyGateway.Dsl.Rules.Schema;

/// <summary>
/// The one interpreter of <see cref="SchemaTable"/>: checks the properties of one object against the schema
/// of the selected release (EG1001–EG1009) and reports through an <see cref="IRuleSink"/>. The host (the
/// run-time validator, the analyzer) walks the tree and answers <see cref="ISchemaObject"/>; every schema
/// rule is here, so build time and edit time cannot drift apart. Silent unless certain: a rule needs Known.
/// </summary>
internal static class SchemaWalk
{
    private static readonly Dictionary<string, int> TypesByName = IndexTypes();

    /// <summary>The index of a type in <see cref="SchemaTable.Types"/> by full C# name, or -1.</summary>
    public static int TypeOf(string fullName) => TypesByName.TryGetValue(fullName, out var index) ? index : -1;

    /// <summary>The kind of an API group and name, or null.</summary>
    public static SchemaKind? Kind(string group, string kind)
    {
        foreach (var candidate in SchemaTable.Kinds)
        {
            if (candidate.Kind == kind && candidate.Group == group)
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>EG1006 for a kind the release does not serve; the field is "kind" of the resource.</summary>
    public static bool CheckKind(SchemaKind kind, int release, IRuleSink sink)
    {
        if ((kind.Releases & Bit(release)) != 0)
        {
            return true;
        }

        sink.Report(RuleCatalog.EG1006, "kind", [new Phrase("'" + kind.Kind + "'"), SchemaTable.ReleaseNames[release], Availability(kind.Releases, release)]);
        return false;
    }

    /// <summary>Checks every property of one object of type <paramref name="type"/> in release <paramref name="release"/> (an index into EnvoyGatewayVersion.Supported).</summary>
    public static void CheckObject(int type, ISchemaObject value, int release, IRuleSink sink)
    {
        var owner = SchemaTable.Types[type];
        foreach (var planned in SchemaPlan.Of(type, release).Checked)
        {
            CheckProperty(owner, planned, value, release, sink);
        }
    }

    /// <summary>One property of <paramref name="owner"/>; <see cref="SchemaPlan"/> leaves out those for which this can report nothing.</summary>
    internal static void CheckProperty(SchemaType owner, in PlannedProperty planned, ISchemaObject value, int release, IRuleSink sink)
    {
        var p = planned.Index;
        var property = planned.Property;
        var presence = value.Presence(p);
        var rules = planned.Rules;
        if (rules is null)
        {
            if (presence == FactKind.Known)
            {
                sink.Report(RuleCatalog.EG1006, property.JsonName, [new Phrase("[" + property.JsonName + "]"), SchemaTable.ReleaseNames[release], Availability(property.Releases, release)]);
            }

            return;
        }

        if (presence == FactKind.Absent)
        {
            if (rules.Required)
            {
                var key = property.Key;
                var allowed = AllowedIn(rules, property);
                sink.Report(RuleCatalog.EG1002, property.JsonName, [SchemaWording.RequiredFix(key, property, allowed)], SchemaWording.RequiredData(key, allowed));
            }

            return;
        }

        if (presence == FactKind.Known && (property.Deprecated & Bit(release)) != 0)
        {
            ReportDeprecated(owner, property, release, sink);
        }

        switch (property.Shape)
        {
            case SchemaShape.Scalar:
                CheckScalar(owner, p, rules, value, release, sink);
                break;
            case SchemaShape.List:
                CheckList(owner, p, rules, value, release, sink);
                break;
            case SchemaShape.Map:
                CheckMap(owner, p, rules, value, release, sink);
                break;
        }
    }

    private static void CheckScalar(SchemaType owner, int index, SchemaRelease rules, ISchemaObject value, int release, IRuleSink sink)
    {
        var property = SchemaTable.Properties[index];
        var key = property.Key;
        var facts = rules.Facts >= 0 ? SchemaTable.Facts[rules.Facts] : null;
        var allowed = AllowedIn(rules, property);
        // An int-or-string holding an integer is no string: the API server applies pattern and length to strings only.
        var integer = property.Scalar == SchemaScalar.IntOrString && value.Number(index).IsKnown;
        if ((property.Scalar is SchemaScalar.String or SchemaScalar.IntOrString && !integer) || allowed is not null)
        {
            var text = value.Text(index);
            if (text.IsKnown)
            {
                CheckText(owner, property, key, new TextField(property.JsonName), text.Value, facts, allowed, release, sink);
            }
        }

        if (facts is not null && (facts.Minimum is not null || facts.Maximum is not null))
        {
            var number = value.Number(index);
            if (number.IsKnown)
            {
                CheckRange(new TextField(property.JsonName), number.Value, facts, sink);
            }
        }
    }

    /// <summary>EG1001/EG1006 (closed set), then EG1003 (length, then pattern and format when the length is right).</summary>
    private static void CheckText(SchemaType owner, SchemaProperty property, string key, TextField field, string text, SchemaFacts? facts, string[]? allowed, int release, IRuleSink sink)
    {
        if (allowed is not null && !AllowedValues.Contains(allowed, text))
        {
            var elsewhere = ReleasesAllowing(property, text);
            if (elsewhere != 0)
            {
                sink.Report(RuleCatalog.EG1006, field.ToString(), [new Phrase("'" + text + "' for [" + field + "]"), SchemaTable.ReleaseNames[release], Availability(elsewhere, release)], string.Join(",", Suggestions.Closest(text, allowed)));
            }
            else
            {
                var suggestions = Suggestions.Closest(text, allowed);
                sink.Report(
                    RuleCatalog.EG1001,
                    field.ToString(),
                    [MessageText.Value(text), SchemaWording.Noun(key, owner, property), Suggestions.JoinAllowed(allowed), MessageText.DidYouMean(suggestions)],
                    fixData: string.Join(",", suggestions));
            }
        }

        if (facts is null)
        {
            return;
        }

        if (facts.MinLength >= 0 || facts.MaxLength >= 0)
        {
            var min = Math.Max(facts.MinLength, 0);
            var max = facts.MaxLength >= 0 ? facts.MaxLength : int.MaxValue;
            // Only a length out of bounds names the field: the check itself is not asked otherwise.
            if ((text.Length < min || text.Length > max) && !LengthCheck.Check(sink, field.ToString(), Fact<string>.Of(text), min, max))
            {
                return;
            }
        }

        if (facts.PatternRegex is { } regex && Syntax.Re2Pattern.TryIsMatch(regex, text) == false)
        {
            sink.Report(RuleCatalog.EG1003, field.ToString(), [MessageText.Value(text), SchemaWording.PatternProblem(facts.Pattern!)]);
        }
        else if (facts.Format is { } format && FormatProblem(format, text) is { } problem)
        {
            sink.Report(RuleCatalog.EG1003, field.ToString(), [MessageText.Value(text), problem]);
        }

        // Each failing pattern of an allOf is its own error, as the API server lists them.
        var allOf = facts.AllOfRegexes;
        for (var p = 0; p < allOf.Length; p++)
        {
            if (Syntax.Re2Pattern.TryIsMatch(allOf[p], text) == false)
            {
                sink.Report(RuleCatalog.EG1003, field.ToString(), [MessageText.Value(text), SchemaWording.PatternProblem(facts.AllOfPatterns![p])]);
            }
        }
    }

    private static void CheckRange(TextField field, double number, SchemaFacts facts, IRuleSink sink)
    {
        var belowMinimum = facts.Minimum is { } min && (facts.ExclusiveMinimum ? number <= min : number < min);
        var aboveMaximum = facts.Maximum is { } max && (facts.ExclusiveMaximum ? number >= max : number > max);
        if (!belowMinimum && !aboveMaximum)
        {
            return;
        }

        var range = (facts.Minimum, facts.Maximum) switch
        {
            ({ } low, { } high) => "between " + Bound(low, facts.ExclusiveMinimum, "greater than") + " and " + Bound(high, facts.ExclusiveMaximum, "less than"),
            ({ } low, null) => facts.ExclusiveMinimum ? "greater than " + Format(low) : "at least " + Format(low),
            (null, { } high) => facts.ExclusiveMaximum ? "less than " + Format(high) : "at most " + Format(high),
            _ => "",
        };
        sink.Report(RuleCatalog.EG1008, field.ToString(), [Format(number), range]);
    }

    private static string Bound(double value, bool exclusive, string words) => exclusive ? Format(value) + " (" + words + ")" : Format(value);

    private static void CheckList(SchemaType owner, int index, SchemaRelease rules, ISchemaObject value, int release, IRuleSink sink)
    {
        var property = SchemaTable.Properties[index];
        var count = value.Count(index, out var exact);
        var facts = rules.Facts >= 0 ? SchemaTable.Facts[rules.Facts] : null;
        if (facts is null)
        {
            return;
        }

        var key = property.Key;
        if (facts.MaxItems >= 0 && count > facts.MaxItems)
        {
            sink.Report(RuleCatalog.EG1004, property.JsonName, [Count(count), Count(facts.MaxItems), SchemaWording.TooManyHint(key)]);
        }

        if (facts.ListMapKeys is { } keys && property.Type >= 0)
        {
            CheckListMapKeys(index, key, keys, count, value, sink);
        }
        else if ((facts.ListSet || facts.UniqueItems) && property.Type < 0)
        {
            CheckUniqueItems(index, key, count, value, sink);
        }

        if (property.Type < 0 && facts.Element >= 0)
        {
            var element = SchemaTable.Facts[facts.Element];
            for (var i = 0; i < count; i++)
            {
                var item = value.ItemText(index, i);
                if (item.IsKnown)
                {
                    var field = new TextField(property.JsonName, i);
                    CheckText(owner, property, key, field, item.Value, element, element.EnumValues, release, sink);

                    // Bounds of number items (healthCheck.active.http.expectedStatuses[]: 100–599).
                    if ((element.Minimum is not null || element.Maximum is not null)
                        && double.TryParse(item.Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number))
                    {
                        CheckRange(field, number, element, sink);
                    }
                }
            }
        }
    }

    private static void CheckListMapKeys(int index, string key, string[] keys, int count, ISchemaObject value, IRuleSink sink)
    {
        var property = SchemaTable.Properties[index];
        if (count < 2)
        {
            return;
        }

        var keyProperties = new int[keys.Length];
        for (var k = 0; k < keys.Length; k++)
        {
            keyProperties[k] = PropertyOf(property.Type, keys[k]);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var composite = CompositeKey(index, i, keyProperties, value);
            if (composite is not null && !seen.Add(composite))
            {
                var (item, rule) = SchemaWording.Duplicate(key, keys);
                sink.Report(RuleCatalog.EG1005, property.JsonName + "[" + Count(i) + "]", [item, MessageText.Value(composite.Replace("\u0000", ", ")), rule], fixData: "remove");
            }
        }
    }

    /// <summary>The item's key values joined, or null when one is not known (absent keys take no part: the API server defaults or rejects them).</summary>
    private static string? CompositeKey(int property, int index, int[] keys, ISchemaObject value)
    {
        string? composite = null;
        foreach (var keyProperty in keys)
        {
            if (keyProperty < 0)
            {
                return null;
            }

            var part = value.ItemKey(property, index, keyProperty);
            if (!part.IsKnown)
            {
                return null;
            }

            composite = composite is null ? part.Value : composite + "\u0000" + part.Value;
        }

        return composite;
    }

    private static void CheckUniqueItems(int index, string key, int count, ISchemaObject value, IRuleSink sink)
    {
        var property = SchemaTable.Properties[index];
        if (count < 2)
        {
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var item = value.ItemText(index, i);
            if (item.IsKnown && !seen.Add(item.Value))
            {
                var (noun, rule) = SchemaWording.Duplicate(key, null);
                sink.Report(RuleCatalog.EG1005, property.JsonName + "[" + Count(i) + "]", [noun, MessageText.Value(item.Value), rule], fixData: "remove");
            }
        }
    }

    private static void CheckMap(SchemaType owner, int index, SchemaRelease rules, ISchemaObject value, int release, IRuleSink sink)
    {
        var property = SchemaTable.Properties[index];
        if (rules.Facts < 0)
        {
            return;
        }

        var facts = SchemaTable.Facts[rules.Facts];
        var count = value.Count(index, out var exact);
        if (facts.MaxProperties >= 0 && count > facts.MaxProperties)
        {
            sink.Report(RuleCatalog.EG1009, property.JsonName, [Count(count), "at most " + Count(facts.MaxProperties)]);
        }
        else if (exact && facts.MinProperties > 0 && count < facts.MinProperties)
        {
            sink.Report(RuleCatalog.EG1009, property.JsonName, [Count(count), "at least " + Count(facts.MinProperties)]);
        }

        // The values of a map of strings (Gateway infrastructure labels: length and pattern), at "labels.<key>".
        if (property.Type < 0 && facts.Element >= 0)
        {
            var element = SchemaTable.Facts[facts.Element];
            var key = property.Key;
            for (var i = 0; i < count; i++)
            {
                var entry = value.EntryText(index, i, out var entryKey);
                if (entry.IsKnown && entryKey is not null)
                {
                    CheckText(owner, property, key, new TextField(property.JsonName, entryKey: entryKey), entry.Value, element, element.EnumValues, release, sink);
                }
            }
        }
    }

    private static void ReportDeprecated(SchemaType owner, SchemaProperty property, int release, IRuleSink sink)
    {
        var (args, successor) = DeprecationArgs.GetOrAdd((property, release), static key =>
        {
            var (property, release) = key;
            var successor = SchemaWording.Successor(property.Key) ?? (PropertyOf(property.Owner, property.JsonName + "s") >= 0 ? property.JsonName + "s" : null);
            var fix = successor is null ? new Phrase("remove [" + property.JsonName + "]") : new Phrase("use [" + successor + "] instead");
            return ([new Phrase("[" + property.JsonName + "]"), SchemaTable.ReleaseNames[release], fix], successor);
        });
        sink.Report(RuleCatalog.EG1007, property.JsonName, args, successor);
    }

    // A deprecated field is reported once per object that sets it: its arguments are the same every time (sinks only read them).
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(SchemaProperty Property, int Release), (object?[] Args, string? Successor)> DeprecationArgs = new();

    /// <summary>"it was added in 1.0", "it was removed in 1.3", or both for a gap.</summary>
    private static string Availability(uint releases, int release)
    {
        var names = SchemaTable.ReleaseNames;
        var added = -1;
        for (var i = release + 1; i < names.Length; i++)
        {
            if ((releases & Bit(i)) != 0)
            {
                added = i;
                break;
            }
        }

        var lastBefore = -1;
        for (var i = release - 1; i >= 0; i--)
        {
            if ((releases & Bit(i)) != 0)
            {
                lastBefore = i;
                break;
            }
        }

        return (lastBefore, added) switch
        {
            (< 0, >= 0) => "it was added in " + names[added],
            (>= 0, < 0) => "it was removed in " + names[lastBefore + 1] + " (last in " + names[lastBefore] + ")",
            (>= 0, >= 0) => "it was removed in " + names[lastBefore + 1] + " and added back in " + names[added],
            _ => "no supported release has it",
        };
    }

    /// <summary>The releases whose schema allows <paramref name="text"/> for the property.</summary>
    private static uint ReleasesAllowing(SchemaProperty property, string text)
    {
        uint releases = 0;
        foreach (var rules in property.Rules)
        {
            if (rules.Facts >= 0 && SchemaTable.Facts[rules.Facts].EnumValues is { } values && AllowedValues.Contains(values, text))
            {
                releases |= rules.Releases;
            }
        }

        return releases;
    }

    private static string[]? AllowedIn(SchemaRelease rules, SchemaProperty property)
        => (rules.Facts >= 0 ? SchemaTable.Facts[rules.Facts].EnumValues : null) ?? property.ControllerClosedSet;

    /// <summary>The index of a type's property by JSON name, or -1.</summary>
    public static int PropertyOf(int type, string jsonName)
    {
        var owner = SchemaTable.Types[type];
        var end = owner.FirstProperty + owner.PropertyCount;
        for (var p = owner.FirstProperty; p < end; p++)
        {
            if (SchemaTable.Properties[p].JsonName == jsonName)
            {
                return p;
            }
        }

        return -1;
    }

    // Go's time.ParseDuration: ASCII digits only, nothing after the last unit (RE2's "$" and "\d" mean that).
    private static readonly ThreadLocal<Regex> GoDuration = Syntax.Re2Pattern.PerThread(@"^[-+]?((\d+(\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h))+$|^[-+]?0$");

    /// <summary>The formats the CRDs use that constrain a string: duration (Go) and byte (base64).</summary>
    private static string? FormatProblem(string format, string text) => format switch
    {
        "duration" when Syntax.Re2Pattern.TryIsMatch(GoDuration.Value!, text) == false => "must be a duration such as 300ms, 1.5h or 2h45m",
        "byte" when !IsBase64(text) => "must be base64-encoded",
        _ => null,
    };

    private static bool IsBase64(string text)
    {
        if (text.Length % 4 != 0)
        {
            return false;
        }

        try
        {
            Convert.FromBase64String(text);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static uint Bit(int release) => 1u << release;

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// The field a scalar check names: a property, a list item (<c>name[i]</c>) or a map entry (<c>name.key</c>);
    /// rendered only when a finding is reported, since almost every value checked is fine.
    /// </summary>
    private readonly struct TextField(string name, int index = -1, string? entryKey = null)
    {
        public override string ToString() => index >= 0 ? name + "[" + Count(index) + "]" : entryKey is not null ? name + "." + entryKey : name;
    }

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static Dictionary<string, int> IndexTypes()
    {
        var index = new Dictionary<string, int>(SchemaTable.Types.Length, StringComparer.Ordinal);
        for (var i = 0; i < SchemaTable.Types.Length; i++)
        {
            index[SchemaTable.Types[i].FullName] = i;
        }

        return index;
    }
}
