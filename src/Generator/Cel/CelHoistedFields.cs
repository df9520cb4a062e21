namespace EnvoyGateway.Dsl.Generator.Cel;

/// <summary>
/// Static fields the translated rules of one generated class share: compiled regexes and constant maps,
/// built once rather than at every evaluation. Equal initializers share one field.
/// </summary>
internal sealed class CelHoistedFields
{
    private readonly Dictionary<string, string> _nameByDeclaration = new(StringComparer.Ordinal);

    public IEnumerable<string> Declarations => _nameByDeclaration.Select(e => $"private static readonly {e.Key.Replace("§", e.Value, StringComparison.Ordinal)};");

    /// <summary>A regex field for an RE2 pattern; a pattern RE2 rejects fails generation.</summary>
    public string Regex(string re2Pattern, Func<GenerationException> invalid)
    {
        if (EnvoyGateway.Dsl.Rules.Syntax.Re2Syntax.Validate(re2Pattern) is not null || re2Pattern.Contains("(?m", StringComparison.Ordinal) || re2Pattern.Contains("(?s", StringComparison.Ordinal))
        {
            throw invalid();
        }

        return Field("global::System.Text.RegularExpressions.Regex", $"global::EnvoyGateway.Dsl.Cel.CelRegex.Compile({CelTranslator.Quote(re2Pattern)})");
    }

    public string Field(string type, string initializer)
    {
        var declaration = $"{type} § = {initializer}";
        if (!_nameByDeclaration.TryGetValue(declaration, out var name))
        {
            name = $"Constant{_nameByDeclaration.Count}";
            _nameByDeclaration.Add(declaration, name);
        }

        return name;
    }
}
