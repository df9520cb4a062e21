namespace EnvoyGateway.Dsl.Rules;

/// <summary>
/// One rule of the catalog: everything about it except its check, which lives in Rules/Checks.
/// The message is one template (<see cref="Rules.MessageTemplate"/> syntax) that reads as C# or as YAML;
/// its {0} is always the field path; a check supplies {1} onwards.
/// </summary>
internal sealed class RuleDescriptor
{
    public const string HelpLinkBase = "https://github.com/envoygateway-dsl/envoygateway-dsl/blob/main/docs/rules/";

    public RuleDescriptor(string id, RuleSeverity severity, string category, string title, string messageTemplate, bool hasCodeFix, bool decidableFromConstants = true)
    {
        Id = id;
        Severity = severity;
        Category = category;
        Title = title;
        MessageTemplate = messageTemplate;
        MessageFormat = Rules.MessageTemplate.CSharpFormat(messageTemplate);
        HasCodeFix = hasCodeFix;
        DecidableFromConstants = decidableFromConstants;
        HelpLink = HelpLinkBase + id + ".md";
    }

    public string Id { get; }

    public RuleSeverity Severity { get; }

    /// <summary>Schema, CEL, Controller, Set or Metadata (the ID ranges EG1xxx–EG5xxx).</summary>
    public string Category { get; }

    public string Title { get; }

    /// <summary>The message as written in the catalog, both dialects in one.</summary>
    public string MessageTemplate { get; }

    /// <summary>The C# form as a composite format ({n} kept): the analyzer's descriptor format.</summary>
    public string MessageFormat { get; }

    /// <summary>The catalog offers an automatic fix; the code-fix project must provide one (a meta-test checks).</summary>
    public bool HasCodeFix { get; }

    /// <summary>An analyzer can decide the rule from constant initializers (a meta-test checks each such rule has analyzer tests).</summary>
    public bool DecidableFromConstants { get; }

    /// <summary>The rule's page; built once, since every finding of the rule carries it.</summary>
    public string HelpLink { get; }

    /// <summary>The C# form, exactly as the analyzer shows it.</summary>
    public string FormatMessage(string path, object?[] args) => FormatMessage(MessageDialect.CSharp, "", path, args);

    /// <param name="objectPath">The path of the checked object, which the YAML form's field references extend.</param>
    /// <param name="places">Where another resource of the set is written, for the YAML form; null for "position N".</param>
    public string FormatMessage(MessageDialect dialect, string objectPath, string path, object?[] args, Func<SetPlace, string>? places = null)
    {
        var all = new object?[args.Length + 1];
        all[0] = path;
        Array.Copy(args, 0, all, 1, args.Length);
        return dialect == MessageDialect.CSharp
            ? string.Format(System.Globalization.CultureInfo.InvariantCulture, MessageFormat, Rules.MessageTemplate.CSharpArguments(all))
            : Rules.MessageTemplate.Render(MessageTemplate, dialect, objectPath, all, places);
    }

    public override string ToString() => Id;
}
