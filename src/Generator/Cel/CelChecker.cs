namespace EnvoyGateway.Dsl.Generator.Cel;

/// <summary>
/// Parses a rule (and its messageExpression) and refuses any construct outside <see cref="CelSupport"/>,
/// with a <see cref="GenerationException"/> that names the CRD, the release, the schema path, the
/// expression and the construct: an expression the generator does not understand stops generation.
/// </summary>
internal static class CelChecker
{
    /// <summary>The usage of an expression; throws when it does not parse or uses an unsupported construct.</summary>
    public static CelUsage Check(CelRuleSite site, string expression, string role = "rule")
    {
        CelExpr syntax;
        try
        {
            syntax = CelParser.Parse(expression);
        }
        catch (CelSyntaxException e)
        {
            throw new GenerationException($"{site}: the CEL {role} does not parse: {e.Message}.{Environment.NewLine}  {role}: {expression}");
        }

        var usage = CelUsage.Of(syntax);
        var unsupported = usage.Constructs
            .Where(c => !CelSupport.Constructs.ContainsKey(c.Key))
            .OrderBy(c => c.Value.FirstOffset)
            .Select(c => (Construct: c.Key, At: CelSyntaxException.At(expression, c.Value.FirstOffset, "")))
            .ToList();
        if (unsupported.Count > 0)
        {
            var list = string.Join(", ", unsupported.Select(u => $"'{u.Construct}' (line {u.At.Line}, column {u.At.Column})"));
            throw new GenerationException($"{site}: the CEL {role} uses {list}, which the generator does not support; "
                + $"add each to src/Generator/Cel/CelSupport.cs with its translation.{Environment.NewLine}  {role}: {expression}");
        }

        return usage;
    }
}
