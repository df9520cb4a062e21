using System.Collections.Concurrent;
using System.Collections.Immutable;
using EnvoyGateway.Dsl.Analyzers.Releases;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace EnvoyGateway.Dsl.Analyzers;

/// <summary>
/// EG1006/EG1007 on symbols, as .NET's platform-compatibility analyzer does for APIs: a generated type or
/// property whose [EnvoyGatewayRelease] ranges exclude the selected release
/// (<c>build_property.EnvoyGatewayVersion</c>, default the newest the referenced library supports) is an
/// error naming the release that added or removed it; one the selected release deprecates is a warning.
/// Works on any use of the symbol, constant or not. A value outside the release (a plain string or a
/// closed-set constant) is found by ResourceAnalyzer's schema walk, which reports EG1006 for values only.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ReleaseAnalyzer : DslAnalyzer
{
    /// <summary>The MSBuild property the package's targets make visible to analyzers.</summary>
    public const string ReleaseProperty = "build_property.EnvoyGatewayVersion";

    private const string AttributeName = "EnvoyGateway.Dsl.EnvoyGatewayReleaseAttribute";
    private const string VersionTypeName = "EnvoyGateway.Dsl.EnvoyGatewayVersion";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.EG1006, Descriptors.EG1007);

    private protected override void Register(CompilationStartAnalysisContext context, DslTypes types)
    {
        var attribute = types.DslType(AttributeName);
        var versions = types.DslType(VersionTypeName);
        if (attribute is null || versions is null || SelectedRelease(context.Options, versions) is not { } selected)
        {
            // A DSL without release facts, or an unsupported EnvoyGatewayVersion: the build reports that (EG9007), not every symbol.
            return;
        }

        var releases = new SymbolReleases(attribute, selected);
        context.RegisterOperationAction(operation => Analyze(operation, releases), OperationKind.PropertyReference, OperationKind.FieldReference, OperationKind.ObjectCreation);
    }

    /// <summary>The selected release, or null when the property names none the referenced library supports.</summary>
    private static ReleaseNumber? SelectedRelease(AnalyzerOptions options, INamedTypeSymbol versions)
    {
        var supported = SupportedReleases(versions);
        if (supported.Count == 0)
        {
            return null;
        }

        options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(ReleaseProperty, out var text);
        if (string.IsNullOrWhiteSpace(text))
        {
            return supported[supported.Count - 1];
        }

        return ReleaseNumber.TryParse(text, out var selected) && supported.Contains(selected) ? selected : null;
    }

    /// <summary>The releases the referenced library supports: its EnvoyGatewayVersion.V1_9-style members, oldest first.</summary>
    private static List<ReleaseNumber> SupportedReleases(INamedTypeSymbol versions)
    {
        var supported = new List<ReleaseNumber>();
        foreach (var member in versions.GetMembers())
        {
            if (member is IPropertySymbol { IsStatic: true } property && property.Name.Length > 1 && property.Name[0] == 'V'
                && ReleaseNumber.TryParse(property.Name.Substring(1).Replace('_', '.'), out var release))
            {
                supported.Add(release);
            }
        }

        supported.Sort();
        return supported;
    }

    private static void Analyze(OperationAnalysisContext context, SymbolReleases releases)
    {
        var (symbol, syntax) = context.Operation switch
        {
            IPropertyReferenceOperation property => ((ISymbol)property.Property, NameOf(property.Syntax)),
            // A closed-set constant is a value: where it is assigned, the schema walk reports it (with the plain
            // strings it also sees), so reporting the symbol too would say it twice.
            IFieldReferenceOperation { Field.IsConst: false } field => (field.Field, NameOf(field.Syntax)),
            // new() takes the type of the member it is assigned to, which is reported itself.
            IObjectCreationOperation { Type: { } type } creation when creation.Syntax is ObjectCreationExpressionSyntax => (type, CreatedTypeOf(creation.Syntax)),
            _ => (null, null),
        };
        if (symbol is null || syntax is null)
        {
            return;
        }

        var finding = releases.For(symbol);
        if (!finding.IsAvailable)
        {
            if (IsInsideUnavailable(context.Operation, releases))
            {
                return;
            }

            context.ReportDiagnostic(Diagnostic.Create(Descriptors.EG1006, syntax.GetLocation(), MemberPath(symbol), DisplayName(symbol), releases.Selected.ToString(), finding.Reason));
        }
        else if (finding.IsDeprecated && symbol is IPropertySymbol deprecated)
        {
            var replacement = Replacement.For(deprecated, releases);
            var properties = ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.Property, deprecated.Name);
            if (replacement is not null)
            {
                properties = properties.Add(DiagnosticProperties.FixData, replacement.Name);
            }

            var advice = (replacement is null ? "its documentation names what replaces it" : $"use {replacement.Name} instead") + $" (deprecated since {finding.DeprecatedSince})";
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.EG1007, syntax.GetLocation(), properties, MemberPath(deprecated), deprecated.Name, releases.Selected.ToString(), advice));
        }
    }

    /// <summary>
    /// True inside the value of a member or the initializer of a type that is itself not available: one error
    /// for <c>Timeout = new() { … }</c>, not one more for every member set inside it.
    /// </summary>
    private static bool IsInsideUnavailable(IOperation operation, SymbolReleases releases)
    {
        for (IOperation? child = operation, parent = operation.Parent; parent is not null; child = parent, parent = parent.Parent)
        {
            var unavailable = parent switch
            {
                IObjectCreationOperation { Type: { } type } when parent.Syntax is ObjectCreationExpressionSyntax => !releases.For(type).IsAvailable,
                ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment when assignment.Value == child => !releases.For(target.Property).IsAvailable,
                IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation member } initializer when initializer.Initializer == child => !releases.For(member.Property).IsAvailable,
                _ => false,
            };
            if (unavailable)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The name written for a member: <c>Timeout</c> in an initializer, the <c>Week</c> of <c>RateLimitUnit.Week</c>.</summary>
    private static SyntaxNode NameOf(SyntaxNode syntax) => syntax is MemberAccessExpressionSyntax access ? access.Name : syntax;

    private static SyntaxNode CreatedTypeOf(SyntaxNode syntax) => syntax is ObjectCreationExpressionSyntax creation ? creation.Type : syntax;

    /// <summary>Where the symbol is declared, for the message's "(at …)": <c>BackendTrafficPolicySpec.Timeout</c>; a type is its own place.</summary>
    private static string MemberPath(ISymbol symbol) => symbol is ITypeSymbol ? symbol.Name : symbol.ContainingType.Name + "." + symbol.Name;

    /// <summary>Properties by name (what the user wrote); constants and types with their holder or namespace-free name.</summary>
    private static string DisplayName(ISymbol symbol) => symbol switch
    {
        IFieldSymbol field => field.ContainingType.Name + "." + field.Name,
        _ => symbol.Name,
    };

    /// <summary>Each DSL symbol's finding for the selected release, computed once per compilation.</summary>
    internal sealed class SymbolReleases
    {
        private readonly INamedTypeSymbol _attribute;

        // By the symbol as used (ReferenceComparer.Key): the same symbols come back for every policy, and are found
        // without OriginalDefinition and the assembly comparison, which cost more than the answer in a build.
        private readonly ConcurrentDictionary<ISymbol, ReleaseFinding> _findings = new(Walking.ReferenceComparer.Instance);

        // One delegate for every lookup: a method group passed to GetOrAdd is a new delegate per call.
        private readonly Func<ISymbol, ReleaseFinding> _find;

        public SymbolReleases(INamedTypeSymbol attribute, ReleaseNumber selected)
        {
            _attribute = attribute;
            Selected = selected;
            _find = Find;
        }

        public ReleaseNumber Selected { get; }

        public ReleaseFinding For(ISymbol symbol) => _findings.GetOrAdd(Walking.ReferenceComparer.Key(symbol), _find);

        private ReleaseFinding Find(ISymbol symbol)
        {
            // Cheap first: only the library that declares the attribute has release facts.
            var definition = symbol.OriginalDefinition;
            return SymbolEqualityComparer.Default.Equals(definition.ContainingAssembly, _attribute.ContainingAssembly)
                ? ReleaseFinding.For(RangesOf(definition), Selected)
                : ReleaseFinding.None;
        }

        public IReadOnlyList<ReleaseRange> RangesOf(ISymbol symbol)
        {
            var ranges = new List<ReleaseRange>();
            foreach (var data in symbol.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(data.AttributeClass, _attribute) && ReleaseRange.From(data) is { } range)
                {
                    ranges.Add(range);
                }
            }

            return ranges;
        }
    }
}
