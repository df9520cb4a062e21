using System.Collections.Immutable;
using EnvoyGateway.Dsl.Rules;
using Microsoft.CodeAnalysis;

namespace EnvoyGateway.Dsl.Analyzers;

/// <summary>
/// The rule catalog as Roslyn descriptors, mapped 1:1 in this one place: same ID, title, message format,
/// category, severity and help link as build-time validation. ID, category and severity are spelled as
/// constants because release tracking (AnalyzerReleases.*.md) reads them from the source; a test asserts
/// they equal the catalog's.
/// </summary>
internal static class Descriptors
{
    private const string Schema = "Schema";
    private const string Cel = "CEL";
    private const string Controller = "Controller";
    private const string Set = "Set";
    private const string Metadata = "Metadata";

    public static readonly DiagnosticDescriptor EG1001 = new(nameof(RuleCatalog.EG1001), Title(RuleCatalog.EG1001), Format(RuleCatalog.EG1001), Schema, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: RuleCatalog.EG1001.HelpLink);
    public static readonly DiagnosticDescriptor EG1002 = new(nameof(RuleCatalog.EG1002), Title(RuleCatalog.EG1002), Format(RuleCatalog.EG1002), Schema, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: RuleCatalog.EG1002.HelpLink);
    public static readonly DiagnosticDescriptor EG1003 = new(nameof(RuleCatalog.EG1003), Title(RuleCatalog.EG1003), Format(RuleCatalog.EG1003), Schema, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: RuleCatalog.EG1003.HelpLink);
    public static readonly DiagnosticDescriptor EG1004 = new(nameof(RuleCatalog.EG1004), Title(RuleCatalog.EG1004), Format(RuleCatalog.EG1004), Schema, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: RuleCatalog.EG1004.HelpLink);
    public static readonly DiagnosticDescriptor EG1005 = new(nameof(RuleCatalog.EG1005), Title(RuleCatalog.EG1005), Format(RuleCatalog.EG1005), Schema, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: RuleCatalog.EG1005.HelpLink);
    public static readonly DiagnosticDescriptor EG1006 = new(nameof(RuleCatalog.EG1006), Title(RuleCatalog.EG1006), Format(RuleCatalog.EG1006), Schema, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: RuleCatalog.EG1006.HelpLink);
    public static readonly DiagnosticDescriptor EG1007 = new(nameof(RuleCatalog.EG1007), Title(RuleCatalog.EG1007), Format(RuleCatalog.EG1007), Schema, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: RuleCatalog.EG1007.HelpLink);
    public static readonly DiagnosticDescriptor EG1008 = new(nameof(RuleCatalog.EG1008), Title(RuleCatalog.EG1008), Format(RuleCatalog.EG1008), Schema, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: RuleCatalog.EG1008.HelpLink);
    public static readonly DiagnosticDescriptor EG1009 = new(nameof(RuleCatalog.EG1009), Title(RuleCatalog.EG1009), Format(RuleCatalog.EG1009), Schema, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: RuleCatalog.EG1009.HelpLink);
    public static readonly DiagnosticDescriptor EG2001 = new(nameof(RuleCatalog.EG2001), Title(RuleCatalog.EG2001), Format(RuleCatalog.EG2001), Cel, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: RuleCatalog.EG2001.HelpLink);
    public static readonly DiagnosticDescriptor EG2002 = new(nameof(RuleCatalog.EG2002), Title(RuleCatalog.EG2002), Format(RuleCatalog.EG2002), Cel, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: RuleCatalog.EG2002.HelpLink);
    public static readonly DiagnosticDescriptor EG2003 = new(nameof(RuleCatalog.EG2003), Title(RuleCatalog.EG2003), Format(RuleCatalog.EG2003), Cel, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: RuleCatalog.EG2003.HelpLink);
    public static readonly DiagnosticDescriptor EG2004 = new(nameof(RuleCatalog.EG2004), Title(RuleCatalog.EG2004), Format(RuleCatalog.EG2004), Cel, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: RuleCatalog.EG2004.HelpLink);
    public static readonly DiagnosticDescriptor EG3001 = new(nameof(RuleCatalog.EG3001), Title(RuleCatalog.EG3001), Format(RuleCatalog.EG3001), Controller, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: RuleCatalog.EG3001.HelpLink);
    public static readonly DiagnosticDescriptor EG3002 = new(nameof(RuleCatalog.EG3002), Title(RuleCatalog.EG3002), Format(RuleCatalog.EG3002), Controller, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: RuleCatalog.EG3002.HelpLink);
    public static readonly DiagnosticDescriptor EG3003 = new(nameof(RuleCatalog.EG3003), Title(RuleCatalog.EG3003), Format(RuleCatalog.EG3003), Controller, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: RuleCatalog.EG3003.HelpLink);
    public static readonly DiagnosticDescriptor EG3004 = new(nameof(RuleCatalog.EG3004), Title(RuleCatalog.EG3004), Format(RuleCatalog.EG3004), Controller, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: RuleCatalog.EG3004.HelpLink);
    public static readonly DiagnosticDescriptor EG3005 = new(nameof(RuleCatalog.EG3005), Title(RuleCatalog.EG3005), Format(RuleCatalog.EG3005), Controller, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: RuleCatalog.EG3005.HelpLink);
    public static readonly DiagnosticDescriptor EG3006 = new(nameof(RuleCatalog.EG3006), Title(RuleCatalog.EG3006), Format(RuleCatalog.EG3006), Controller, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: RuleCatalog.EG3006.HelpLink);
    public static readonly DiagnosticDescriptor EG3007 = new(nameof(RuleCatalog.EG3007), Title(RuleCatalog.EG3007), Format(RuleCatalog.EG3007), Controller, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: RuleCatalog.EG3007.HelpLink);
    public static readonly DiagnosticDescriptor EG3008 = new(nameof(RuleCatalog.EG3008), Title(RuleCatalog.EG3008), Format(RuleCatalog.EG3008), Controller, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: RuleCatalog.EG3008.HelpLink);
    public static readonly DiagnosticDescriptor EG3009 = new(nameof(RuleCatalog.EG3009), Title(RuleCatalog.EG3009), Format(RuleCatalog.EG3009), Controller, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: RuleCatalog.EG3009.HelpLink);
    public static readonly DiagnosticDescriptor EG4001 = new(nameof(RuleCatalog.EG4001), Title(RuleCatalog.EG4001), Format(RuleCatalog.EG4001), Set, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: RuleCatalog.EG4001.HelpLink);
    public static readonly DiagnosticDescriptor EG4002 = new(nameof(RuleCatalog.EG4002), Title(RuleCatalog.EG4002), Format(RuleCatalog.EG4002), Set, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: RuleCatalog.EG4002.HelpLink);
    public static readonly DiagnosticDescriptor EG4003 = new(nameof(RuleCatalog.EG4003), Title(RuleCatalog.EG4003), Format(RuleCatalog.EG4003), Set, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: RuleCatalog.EG4003.HelpLink);
    public static readonly DiagnosticDescriptor EG4004 = new(nameof(RuleCatalog.EG4004), Title(RuleCatalog.EG4004), Format(RuleCatalog.EG4004), Set, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: RuleCatalog.EG4004.HelpLink);
    public static readonly DiagnosticDescriptor EG4005 = new(nameof(RuleCatalog.EG4005), Title(RuleCatalog.EG4005), Format(RuleCatalog.EG4005), Set, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: RuleCatalog.EG4005.HelpLink);
    public static readonly DiagnosticDescriptor EG4006 = new(nameof(RuleCatalog.EG4006), Title(RuleCatalog.EG4006), Format(RuleCatalog.EG4006), Set, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: RuleCatalog.EG4006.HelpLink);
    public static readonly DiagnosticDescriptor EG4007 = new(nameof(RuleCatalog.EG4007), Title(RuleCatalog.EG4007), Format(RuleCatalog.EG4007), Set, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: RuleCatalog.EG4007.HelpLink);
    public static readonly DiagnosticDescriptor EG4008 = new(nameof(RuleCatalog.EG4008), Title(RuleCatalog.EG4008), Format(RuleCatalog.EG4008), Set, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: RuleCatalog.EG4008.HelpLink);
    public static readonly DiagnosticDescriptor EG4009 = new(nameof(RuleCatalog.EG4009), Title(RuleCatalog.EG4009), Format(RuleCatalog.EG4009), Set, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: RuleCatalog.EG4009.HelpLink);
    public static readonly DiagnosticDescriptor EG4010 = new(nameof(RuleCatalog.EG4010), Title(RuleCatalog.EG4010), Format(RuleCatalog.EG4010), Set, DiagnosticSeverity.Info, isEnabledByDefault: true, helpLinkUri: RuleCatalog.EG4010.HelpLink);
    public static readonly DiagnosticDescriptor EG4011 = new(nameof(RuleCatalog.EG4011), Title(RuleCatalog.EG4011), Format(RuleCatalog.EG4011), Set, DiagnosticSeverity.Info, isEnabledByDefault: true, helpLinkUri: RuleCatalog.EG4011.HelpLink);
    public static readonly DiagnosticDescriptor EG5001 = new(nameof(RuleCatalog.EG5001), Title(RuleCatalog.EG5001), Format(RuleCatalog.EG5001), Metadata, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: RuleCatalog.EG5001.HelpLink);
    public static readonly DiagnosticDescriptor EG5002 = new(nameof(RuleCatalog.EG5002), Title(RuleCatalog.EG5002), Format(RuleCatalog.EG5002), Metadata, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: RuleCatalog.EG5002.HelpLink);
    public static readonly DiagnosticDescriptor EG5003 = new(nameof(RuleCatalog.EG5003), Title(RuleCatalog.EG5003), Format(RuleCatalog.EG5003), Metadata, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: RuleCatalog.EG5003.HelpLink);
    public static readonly DiagnosticDescriptor EG5004 = new(nameof(RuleCatalog.EG5004), Title(RuleCatalog.EG5004), Format(RuleCatalog.EG5004), Metadata, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: RuleCatalog.EG5004.HelpLink);
    public static readonly DiagnosticDescriptor EG5005 = new(nameof(RuleCatalog.EG5005), Title(RuleCatalog.EG5005), Format(RuleCatalog.EG5005), Metadata, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: RuleCatalog.EG5005.HelpLink);
    public static readonly DiagnosticDescriptor EG5006 = new(nameof(RuleCatalog.EG5006), Title(RuleCatalog.EG5006), Format(RuleCatalog.EG5006), Metadata, DiagnosticSeverity.Info, isEnabledByDefault: true, helpLinkUri: RuleCatalog.EG5006.HelpLink);
    public static readonly DiagnosticDescriptor EG2100 = new(nameof(RuleCatalog.EG2100), Title(RuleCatalog.EG2100), Format(RuleCatalog.EG2100), Cel, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: RuleCatalog.EG2100.HelpLink);

    /// <summary>The whole-set rules of one initializer (identity, conflicts, precedence), which <see cref="ManifestSetAnalyzer"/> reports.</summary>
    public static readonly ImmutableArray<DiagnosticDescriptor> SetRules = ImmutableArray.Create(EG4001, EG4002, EG4010, EG4011);

    /// <summary>The reference rules, which <see cref="SetReferenceAnalyzer"/> reports against the whole compilation.</summary>
    public static readonly ImmutableArray<DiagnosticDescriptor> ReferenceRules = ImmutableArray.Create(EG4003, EG4004, EG4005, EG4006, EG4007, EG4008, EG4009);

    /// <summary>Every descriptor, in the catalog's order.</summary>
    public static readonly ImmutableArray<DiagnosticDescriptor> All = ImmutableArray.Create(EG1001, EG1002, EG1003, EG1004, EG1005, EG1006, EG1007, EG1008, EG1009, EG2001, EG2002, EG2003, EG2004, EG2100, EG3001, EG3002, EG3003, EG3004, EG3005, EG3006, EG3007, EG3008, EG3009, EG4001, EG4002, EG4003, EG4004, EG4005, EG4006, EG4007, EG4008, EG4009, EG4010, EG4011, EG5001, EG5002, EG5003, EG5004, EG5005, EG5006);

    private static readonly ImmutableDictionary<string, DiagnosticDescriptor> ById = All.ToImmutableDictionary(descriptor => descriptor.Id, StringComparer.Ordinal);

    public static DiagnosticDescriptor For(RuleDescriptor rule) => ById[rule.Id];

    private static string Title(RuleDescriptor rule) => rule.Title;

    private static string Format(RuleDescriptor rule) => rule.MessageFormat;
}
