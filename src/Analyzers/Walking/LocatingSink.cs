using System.Collections.Immutable;
using System.Globalization;
using EnvoyGateway.Dsl.Rules;
using Microsoft.CodeAnalysis;

namespace EnvoyGateway.Dsl.Analyzers.Walking;

/// <summary>
/// The edit-time <see cref="IRuleSink"/>: turns a finding about a field of the current object into a
/// Roslyn diagnostic with the field's full path (same message as build time) at the field's source:
/// the assigned value, the member name for lists, the element for an indexed field, or the creation
/// when the field is missing.
/// </summary>
internal sealed class LocatingSink : IRuleSink
{
    private readonly Action<Diagnostic> _report;

    // The parts entered, outermost first: the root with its whole path (a sink serves one creation, so one root), then
    // a name, and an index or -1, per level. The path is joined only when a finding needs it: most walks report
    // nothing, and joining on every Enter made a string per object part of every creation.
    private readonly List<(IInitializer Part, string Segment, int Index)> _parts = [];

    public LocatingSink(Action<Diagnostic> report) => _report = report;

    /// <summary>The selected Envoy Gateway release (index into EnvoyGatewayVersion.Supported) whose schema the walk checks.</summary>
    public int Release { get; set; }

    /// <summary>When set, findings go here (an entry of a label or annotation map).</summary>
    public SyntaxNode? At { get; set; }

    public void EnterRoot(InitializedObject part) => EnterRoot(part, part.Part.CanonicalPath());

    public void EnterRoot(IInitializer part, string path) => _parts.Add((part, path, -1));

    public void Enter(IInitializer part, string name, int index = -1) => _parts.Add((part, name, index));

    public void Exit() => _parts.RemoveAt(_parts.Count - 1);

    public void Report(RuleDescriptor rule, string field, object?[] args, string? fixData = null)
    {
        // At edit time a type or property outside the release, and a deprecated one, are ReleaseAnalyzer's: it reports
        // on the symbol written, also outside initializers, and the walk's copy would repeat it. A value outside the
        // release (Unit = "Week") stays the walk's: only the walk sees plain strings. The walk passes the closest
        // allowed values as fix data with a value finding and nothing with a property or kind finding.
        // EG1006 is therefore supported by both analyzers (one walk per creation, not two).
        if (rule == RuleCatalog.EG1007 || (rule == RuleCatalog.EG1006 && fixData is null))
        {
            return;
        }

        var part = _parts[_parts.Count - 1].Part;
        var property = PropertyName(field);
        var properties = ImmutableDictionary.CreateBuilder<string, string?>(StringComparer.Ordinal);
        properties.Add(DiagnosticProperties.Field, field);
        if (property is not null)
        {
            properties.Add(DiagnosticProperties.Property, property);
        }

        properties.Add(DiagnosticProperties.ObjectType, part.ObjectType);
        if (fixData is not null)
        {
            properties.Add(DiagnosticProperties.FixData, fixData);
        }

        var location = At?.GetLocation() ?? Locate(rule, part, field, property);
        _report(DiagnosticFactory.Create(rule, location, properties.ToImmutable(), Join(CurrentPath(), field), args));
    }

    /// <summary>The path of the innermost part entered: "spec.rateLimit.global.rules[0]".</summary>
    private string CurrentPath()
    {
        var path = "";
        foreach (var (_, segment, index) in _parts)
        {
            path = Join(path, index >= 0 ? segment + "[" + index.ToString(CultureInfo.InvariantCulture) + "]" : segment);
        }

        return path;
    }

    private static Location Locate(RuleDescriptor rule, IInitializer part, string field, string? property)
    {
        if (property is null || part.Member(property) is not { } member)
        {
            return part.CreationLocation;
        }

        var index = IndexOf(field);
        if (index >= 0)
        {
            var items = part.Elements(property).Items;
            return index < items.Count ? items[index].Syntax.GetLocation() : member.NameSyntax.GetLocation();
        }

        var isListRule = rule == RuleCatalog.EG1004 || rule == RuleCatalog.EG1009 || rule == RuleCatalog.EG3008;
        return isListRule || member.HoldsStructure ? member.NameSyntax.GetLocation() : member.ValueSyntax.GetLocation();
    }

    /// <summary>The C# property of a JSON field: "headers[1]" → "Headers", "sourceCIDR" → "SourceCIDR"; null for the object itself.</summary>
    private static string? PropertyName(string field)
    {
        var bracket = field.IndexOf('[');
        var name = bracket >= 0 ? field.Substring(0, bracket) : field;
        return name.Length == 0 ? null
            : name == "sourceCIDR" ? "SourceCIDR"
            : char.ToUpperInvariant(name[0]) + name.Substring(1);
    }

    private static int IndexOf(string field)
    {
        var bracket = field.IndexOf('[');
        return bracket >= 0 && int.TryParse(field.Substring(bracket + 1, field.Length - bracket - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? index : -1;
    }

    private static string Join(string path, string field) => path.Length == 0 ? field : field.Length == 0 ? path : path + "." + field;
}
