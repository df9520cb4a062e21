namespace EnvoyGateway.Dsl.Cel;

/// <summary>
/// The CEL rules a project switches off one by one, by their stable keys (EG2100's <c>celRule</c>): MSBuild property
/// <c>EnvoyGatewaySuppressedCelRules</c> for the analyzers and the build, <c>egdsl validate --suppress-cel-rule</c>
/// for the tool. The rest of EG2100 stays on.
/// </summary>
internal sealed class SuppressedCelRules
{
    public const string MSBuildProperty = "EnvoyGatewaySuppressedCelRules";

    public static readonly SuppressedCelRules None = new([]);

    private static readonly char[] Separators = [';', ',', ' ', '\t', '\r', '\n'];

    private readonly HashSet<string> _keys;

    private SuppressedCelRules(IEnumerable<string> keys) => _keys = new HashSet<string>(keys, StringComparer.Ordinal);

    /// <summary>Keys separated by semicolons, commas or white space (as MSBuild lists are written).</summary>
    public static SuppressedCelRules Parse(string? list)
        => string.IsNullOrWhiteSpace(list) ? None : new(list!.Split(Separators, StringSplitOptions.RemoveEmptyEntries));

    public static SuppressedCelRules Of(IEnumerable<string> keys) => new(keys);

    public bool IsEmpty => _keys.Count == 0;

    public bool Contains(string key) => _keys.Contains(key);
}
