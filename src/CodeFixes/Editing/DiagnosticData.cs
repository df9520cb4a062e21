using EnvoyGateway.Dsl.Analyzers;
using Microsoft.CodeAnalysis;

namespace EnvoyGateway.Dsl.CodeFixes.Editing;

/// <summary>Reads the properties every analyzer diagnostic carries (docs: the analyzer/code-fix contract).</summary>
internal static class DiagnosticData
{
    /// <summary>The C# property the finding is about ("Unit", "TargetRef").</summary>
    public static string? Property(this Diagnostic diagnostic) => diagnostic.Get(DiagnosticProperties.Property);

    /// <summary>The DSL type name of the checked object ("RateLimitValue", "ObjectMeta").</summary>
    public static string? ObjectType(this Diagnostic diagnostic) => diagnostic.Get(DiagnosticProperties.ObjectType);

    /// <summary>The check's fix data, split at commas: the suggested values, best first; empty when absent.</summary>
    public static IReadOnlyList<string> FixValues(this Diagnostic diagnostic)
    {
        var fixData = diagnostic.Get(DiagnosticProperties.FixData);
        var values = new List<string>();
        if (fixData is null)
        {
            return values;
        }

        foreach (var part in fixData.Split(','))
        {
            var value = part.Trim();
            if (value.Length > 0)
            {
                values.Add(value);
            }
        }

        return values;
    }

    private static string? Get(this Diagnostic diagnostic, string key)
        => diagnostic.Properties.TryGetValue(key, out var value) ? value : null;
}
