namespace EnvoyGateway.Dsl.Rules;

/// <summary>Default severity of a rule; maps to ValidationSeverity at run time and DiagnosticSeverity in the analyzer.</summary>
internal enum RuleSeverity
{
    Info = 0,
    Warning = 1,
    Error = 2,
}
