using System.Globalization;
using EnvoyGateway.Dsl.Gateway.V1Alpha1;
using EnvoyGateway.Dsl.Rules;

namespace EnvoyGateway.Dsl.Validation;

/// <summary>
/// The run-time <see cref="IRuleSink"/>: turns findings into <see cref="ValidationDiagnostic"/>s at the
/// current path. A resource read from YAML gets the YAML form of each message and the position of the
/// offending field (<see cref="FieldSourceList"/>); a resource declared in C# gets the C# form and the line
/// that created the object.
/// </summary>
internal sealed class DiagnosticCollector : IRuleSink, Cel.ICelSink
{
    private readonly FieldPath _path = new();
    private readonly List<(string Name, int Index, SourceTrackedObject Part)> _parts = [];
    private FieldSourceList _entrySources;
    private string? _entryKey;
    private bool _entryValue;
    private List<ValidationDiagnostic>? _results;

    public KubernetesObject? Resource
    {
        get => _resource;
        set
        {
            _resource = value;
            _resourceName = null;
        }
    }

    private KubernetesObject? _resource;

    // The resource as findings name it, built once per resource rather than once per finding.
    private string? _resourceName;

    private string? ResourceName(KubernetesObject? resource)
        => resource is null ? null : ReferenceEquals(resource, _resource) ? _resourceName ??= resource.ToString() : resource.ToString();

    public IReadOnlyList<ValidationDiagnostic> Results => _results ?? (IReadOnlyList<ValidationDiagnostic>)[];

    /// <summary>Enters a part of the resource (<paramref name="index"/> for a list item); findings inside are about it.</summary>
    public void Enter(string name, SourceTrackedObject part, int index = -1)
    {
        _path.Push(name, index);
        _parts.Add((name, index, part));
    }

    public void Exit()
    {
        _path.Pop();
        _parts.RemoveAt(_parts.Count - 1);
    }

    /// <summary>Until <see cref="ExitEntry"/>, findings are about the key (or the value) of one entry of a label or annotation map.</summary>
    public void EnterEntry(FieldSourceList sources, string key, bool value)
    {
        _entrySources = sources;
        _entryKey = key;
        _entryValue = value;
    }

    public void ExitEntry()
    {
        _entrySources = default;
        _entryKey = null;
    }

    public void Report(RuleDescriptor rule, string field, object?[] args, string? fixData = null)
    {
        var path = _path.Render(field);
        var dialect = DialectOf(Resource);
        var objectPath = dialect == MessageDialect.Yaml ? _path.Render("") : "";
        _results ??= [];
        _results.Add(new ValidationDiagnostic(rule, MessageOf(new MessageKey(rule, dialect, objectPath, path, args)), path, Locate(field), ResourceName(Resource)));
    }

    // Enough for the distinct findings of a large run; past it, each finding gets its own message.
    private const int MaxSharedMessages = 1024;

    // The same finding recurs across resources (a deprecated field set on every policy, with the same arguments
    // every time): its findings share one message, rendered once, instead of a renderer and a text each.
    private readonly Dictionary<MessageKey, RuleMessage> _messages = [];

    private RuleMessage MessageOf(MessageKey key)
    {
        if (_messages.TryGetValue(key, out var message))
        {
            return message;
        }

        message = new RuleMessage(key);
        if (_messages.Count < MaxSharedMessages)
        {
            _messages.Add(key, message);
        }

        return message;
    }

    /// <summary>What a finding's message is made of; the arguments compare by reference, as a sink never changes them after a report.</summary>
    private readonly record struct MessageKey(RuleDescriptor Rule, MessageDialect Dialect, string ObjectPath, string Path, object?[] Args);

    /// <summary>A finding's message, rendered when first read and kept for every finding that shares it.</summary>
    private sealed class RuleMessage(MessageKey key) : DeferredMessage
    {
        private string? _text;

        // Two threads may both render it; the text is the same, and a reference is written whole.
        public override string Render() => _text ??= key.Rule.FormatMessage(key.Dialect, key.ObjectPath, key.Path, key.Args);
    }

    /// <summary>A generated CEL rule that fails (EG2100): the CRD's message and the rule's key, which the properties carry too.</summary>
    public void ReportCel(Cel.CelRuleInfo rule, string path, string message, SourceLocation source)
    {
        var descriptor = RuleCatalog.EG2100;
        var text = string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, path, message, rule.Key);
        _results ??= [];
        _results.Add(new ValidationDiagnostic(descriptor, text, path, source, ResourceName(Resource), rule.Properties));
    }

    /// <summary>Findings another collector made, after those made here.</summary>
    public void AddRange(IReadOnlyList<ValidationDiagnostic> findings)
    {
        if (findings.Count > 0)
        {
            (_results ??= []).AddRange(findings);
        }
    }

    /// <summary>
    /// A whole-set finding, placed at the field it names: YAML, the field of the reference (or the reference
    /// itself); C#, the line that created the reference. Other resources of <paramref name="set"/> it names are
    /// placed the same way.
    /// </summary>
    public void AddSetFinding(SetFinding finding, IReadOnlyList<KubernetesObject> set)
    {
        var resource = set[finding.Subject.Index];
        var message = finding.Rule.FormatMessage(DialectOf(resource), "", finding.Path, finding.Args, place => Describe(SourceOfPath(set[place.Index], finding.Path)));
        var source = finding.Origin is not SourceTrackedObject origin || origin == resource || (finding.Field is null && IsSpecField(finding.Path))
            ? SourceOfPath(resource, finding.Path)
            : origin.IsFromYaml && finding.Field is { } field ? origin.SourceOf(field) ?? origin.Source : origin.Source;
        Add(finding.Rule, message, finding.Path, source, resource);
    }

    private void Add(RuleDescriptor rule, string message, string path, SourceLocation source, KubernetesObject? resource)
    {
        _results ??= [];
        _results.Add(new ValidationDiagnostic(rule, message, path, source, ResourceName(resource)));
    }

    private static MessageDialect DialectOf(KubernetesObject? resource) => resource?.IsFromYaml == true ? MessageDialect.Yaml : MessageDialect.CSharp;

    /// <summary>
    /// YAML: the field's value (or key); an item of a list field; for a field that is not written, the key
    /// that holds the current object. C#: the line that created the current object.
    /// </summary>
    private SourceLocation Locate(string field)
    {
        var part = _parts.Count > 0 ? _parts[^1].Part : Resource;
        if (part is null)
        {
            return default;
        }

        if (!part.IsFromYaml)
        {
            return part.Source;
        }

        // Map entries are recorded in pairs: the key's position, then the value's.
        if (_entryKey is not null && _entrySources.IndexOf(_entryKey, from: 0, step: 2) is var key and >= 0)
        {
            var entry = _entrySources[_entryValue ? key + 1 : key];
            return new SourceLocation(part.Source.File, entry.Line, entry.Column);
        }

        var bracket = field.IndexOf('[', StringComparison.Ordinal);
        if (bracket >= 0)
        {
            var list = field[..bracket];
            var index = int.Parse(field.AsSpan(bracket + 1, field.Length - bracket - 2), NumberStyles.None, CultureInfo.InvariantCulture);
            if (part.Item(list, index) is { } item)
            {
                return item.Source;
            }

            field = list;
        }

        return part.SourceOf(field) ?? Holder();
    }

    /// <summary>Where the current object is written: its key in the parent, or where the list item starts.</summary>
    private SourceLocation Holder()
    {
        if (_parts.Count == 0)
        {
            return Resource?.Source ?? default;
        }

        var (name, index, part) = _parts[^1];
        if (index >= 0)
        {
            return part.Source;
        }

        var parent = _parts.Count > 1 ? _parts[^2].Part : Resource;
        return parent?.SourceOf(name) ?? part.Source;
    }

    /// <summary>A two-segment path (<c>metadata.name</c>, <c>spec.targetRef</c>) of a resource, as <see cref="Locate"/> would place it.</summary>
    private static SourceLocation SourceOfPath(KubernetesObject resource, string path)
    {
        if (!resource.IsFromYaml)
        {
            return resource.Source;
        }

        var dot = path.IndexOf('.', StringComparison.Ordinal);
        var top = path[..dot];
        SourceTrackedObject? part = top switch
        {
            "metadata" => resource.Metadata,
            "spec" => (resource as BackendTrafficPolicy)?.Spec,
            _ => null,
        };
        var field = path[(dot + 1)..];
        var end = field.IndexOfAny(['.', '[']);
        return part?.SourceOf(end < 0 ? field : field[..end]) ?? resource.SourceOf(top) ?? resource.Source;
    }

    /// <summary>A field of the spec itself (<c>spec.targetRef</c>), which YAML places at its key, like the other set findings.</summary>
    private static bool IsSpecField(string path) => path.IndexOf('.', StringComparison.Ordinal) == path.LastIndexOf('.') && path.IndexOf('[', StringComparison.Ordinal) < 0;

    /// <summary>"file(line,col)", or "line L, column C" for YAML read without a source name.</summary>
    private static string Describe(SourceLocation source)
        => source.File.Length > 0 ? source.ToString() : string.Create(CultureInfo.InvariantCulture, $"line {source.Line}, column {source.Column}");
}
