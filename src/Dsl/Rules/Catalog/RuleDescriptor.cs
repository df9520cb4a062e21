namespace EnvoyGateway.Dsl.Rules;

/// <summary>
/// One rule of the catalog: everything about it except its check, which lives in Rules/Checks.
/// The message format's {0} is always the field path; a check supplies {1} onwards.
/// </summary>
internal sealed class RuleDescriptor
{
    public const string HelpLinkBase = "https://github.com/envoygateway-dsl/envoygateway-dsl/blob/main/docs/rules/";

    public RuleDescriptor(string id, RuleSeverity severity, string category, string title, string messageFormat, bool hasCodeFix, bool decidableFromConstants = true)
    {
        Id = id;
        Severity = severity;
        Category = category;
        Title = title;
        MessageFormat = messageFormat;
        HasCodeFix = hasCodeFix;
        DecidableFromConstants = decidableFromConstants;
    }

    public string Id { get; }

    public RuleSeverity Severity { get; }

    /// <summary>Schema, CEL, Controller, Set or Metadata (the ID ranges EG1xxx–EG5xxx).</summary>
    public string Category { get; }

    public string Title { get; }

    public string MessageFormat { get; }

    /// <summary>The catalog offers an automatic fix; the code-fix project must provide one (a meta-test checks).</summary>
    public bool HasCodeFix { get; }

    /// <summary>An analyzer can decide the rule from constant initializers (a meta-test checks each such rule has analyzer tests).</summary>
    public bool DecidableFromConstants { get; }

    public string HelpLink => HelpLinkBase + Id + ".md";

    public string FormatMessage(string path, object?[] args)
    {
        var all = new object?[args.Length + 1];
        all[0] = path;
        Array.Copy(args, 0, all, 1, args.Length);
        return string.Format(System.Globalization.CultureInfo.InvariantCulture, MessageFormat, all);
    }

    public override string ToString() => Id;
}
