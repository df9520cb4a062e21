namespace EnvoyGateway.Dsl.Rules.Syntax;

internal static class Re2Syntax
{
    public static string? Validate(string pattern) => pattern.Contains("(?=", StringComparison.Ordinal) ? "lookahead (?=...) is not supported by RE2" : null;
}
