namespace EnvoyGateway.Dsl;

/// <summary>
/// One finding of <see cref="ManifestSet.Validate()"/>: a rule of the catalog (docs/rules/ID.md) that a
/// resource breaks, with the field path and where to look: for a resource declared in C#, the line that
/// created the offending object; for one read from YAML, the offending value in the YAML.
/// </summary>
public sealed class ValidationDiagnostic
{
    internal ValidationDiagnostic(Rules.RuleDescriptor rule, string message, string path, SourceLocation source, string? resource, IReadOnlyDictionary<string, string>? properties = null)
        : this(rule, (object)message, path, source, resource, properties)
    {
    }

    /// <summary>A finding whose message is rendered when first read (as Roslyn's diagnostics are).</summary>
    internal ValidationDiagnostic(Rules.RuleDescriptor rule, DeferredMessage message, string path, SourceLocation source, string? resource)
        : this(rule, (object)message, path, source, resource, properties: null)
    {
    }

    // A large set can hold tens of thousands of findings, all kept by the result: the rule's facts are read from
    // the rule, and an unknown line or column is stored as 0, rather than a field of each per finding.
    private ValidationDiagnostic(Rules.RuleDescriptor rule, object message, string path, SourceLocation source, string? resource, IReadOnlyDictionary<string, string>? properties)
    {
        _rule = rule;
        _properties = properties;
        _message = message;
        Path = path;
        File = source.File.Length > 0 ? source.File : null;
        _line = Math.Max(source.Line, 0);
        _column = Math.Max(source.Column, 0);
        Resource = resource;
    }

    private readonly Rules.RuleDescriptor _rule;
    private readonly IReadOnlyDictionary<string, string>? _properties;
    private readonly int _line;
    private readonly int _column;

    /// <summary>The rule ID, e.g. <c>EG1001</c>.</summary>
    public string Id => _rule.Id;

    /// <summary>The rule's default severity.</summary>
    public ValidationSeverity Severity => (ValidationSeverity)(int)_rule.Severity;

    /// <summary>
    /// What is wrong, with the offending value, the field and the fix, in the words of the input: C#
    /// (<c>set Type = "Global"</c>) for a resource declared in C#, YAML (<c>set spec.rateLimit.type to Global</c>)
    /// for one read from YAML.
    /// </summary>
    public string Message
    {
        get
        {
            // Read once: another thread may replace the renderer with its text between two reads.
            var message = _message;
            if (message is string text)
            {
                return text;
            }

            // Two threads may both render it; the text is the same, and a reference is written whole.
            text = ((DeferredMessage)message).Render();
            _message = text;
            return text;
        }
    }

    // The message, or until it is first read what renders it: a set of 10,000 policies with 20,000 warnings spent
    // a third of its validation formatting messages and collecting the garbage (docs/performance.md).
    private object _message;

    /// <summary>The field path inside the resource, e.g. <c>spec.rateLimit.global.rules[0].limit.unit</c>.</summary>
    public string Path { get; }

    /// <summary>
    /// The C# file where the offending object was created, or the YAML source the resource was read from,
    /// when known.
    /// </summary>
    public string? File { get; }

    /// <summary>
    /// The 1-based line in <see cref="File"/>, when known. In YAML: the offending value's line, the key's
    /// when the value is empty or a block, or the key holding the object when the field is missing.
    /// </summary>
    public int? Line => _line > 0 ? _line : null;

    /// <summary>The 1-based column in <see cref="File"/>, when known (YAML only; C# caller info has none).</summary>
    public int? Column => _column > 0 ? _column : null;

    /// <summary>The rule's documentation page.</summary>
    public string HelpLink => _rule.HelpLink;

    /// <summary>The resource the finding is about, as <c>Kind/namespace/name</c>.</summary>
    public string? Resource { get; }

    /// <summary>
    /// Facts about the finding beyond the message, by name; for EG2100 (a CEL rule of the CRD),
    /// <c>celRule</c> is the rule's stable key, which names one rule precisely (docs/cel-rules.md).
    /// </summary>
    public IReadOnlyDictionary<string, string> Properties => _properties ?? EmptyProperties;

    private static readonly IReadOnlyDictionary<string, string> EmptyProperties = new Dictionary<string, string>();

    /// <summary>The diagnostic in canonical MSBuild form: <c>File(line,col): error EG1001: message</c>.</summary>
    public override string ToString() => CanonicalDiagnostic.Format(File, Line, Column, Severity, Id, Message);
}

/// <summary>What renders a <see cref="ValidationDiagnostic"/>'s message when it is first read; it must hold only what does not change.</summary>
internal abstract class DeferredMessage
{
    public abstract string Render();
}
