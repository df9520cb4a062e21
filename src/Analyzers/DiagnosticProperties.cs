namespace EnvoyGateway.Dsl.Analyzers;

/// <summary>The keys of the properties every diagnostic carries for the code fixes (see the analyzer/code-fix contract).</summary>
public static class DiagnosticProperties
{
    /// <summary>The JSON field the finding is about, relative to the object checked ("unit", "headers[1]").</summary>
    public const string Field = "Field";

    /// <summary>The C# property for that field ("Unit", "Headers"), when there is one.</summary>
    public const string Property = "Property";

    /// <summary>The DSL type name of the object checked ("RateLimitValue").</summary>
    public const string ObjectType = "Object";

    /// <summary>What the fix needs (suggested values comma-separated, the normalised name, …), when the check gave it.</summary>
    public const string FixData = "FixData";
}
