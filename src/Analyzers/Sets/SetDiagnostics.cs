using System.Collections.Immutable;
using EnvoyGateway.Dsl.Rules;
using Microsoft.CodeAnalysis;

namespace EnvoyGateway.Dsl.Analyzers.Sets;

/// <summary>A set finding as a Roslyn diagnostic, with the properties the code fixes read; shared by the two set analyzers.</summary>
internal static class SetDiagnostics
{
    public static Diagnostic Create(SetFinding finding, Location location, string? property, string objectType)
    {
        var properties = ImmutableDictionary.CreateRange(StringComparer.Ordinal, new[]
        {
            new KeyValuePair<string, string?>(DiagnosticProperties.Field, finding.Path),
            new KeyValuePair<string, string?>(DiagnosticProperties.Property, property),
            new KeyValuePair<string, string?>(DiagnosticProperties.ObjectType, objectType),
        });
        return DiagnosticFactory.Create(finding.Rule, location, properties, finding.Path, finding.Args);
    }

    /// <summary>The C# property of the last field of a path: "spec.targetRefs[0]" → "TargetRefs", "name" → "Name".</summary>
    public static string PropertyOf(string path)
    {
        var start = path.LastIndexOf('.') + 1;
        var end = path.IndexOf('[', start);
        var name = end < 0 ? path.Substring(start) : path.Substring(start, end - start);
        return name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name.Substring(1);
    }
}
