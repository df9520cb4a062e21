using System.Globalization;

namespace EnvoyGateway.Dsl;

/// <summary>
/// What <see cref="ManifestSet.Read(string, string?, ParseOptions?)"/> found in a YAML stream: the resources
/// of the kinds the DSL models, how many documents of other kinds it set aside, and every document it could
/// not read. A broken document does not hide the others.
/// </summary>
public sealed class ManifestReadResult
{
    internal ManifestReadResult(ManifestSet resources, IReadOnlyDictionary<string, int> setAsideByKind, IReadOnlyList<ManifestParseException> errors)
    {
        Resources = resources;
        SetAsideByKind = setAsideByKind;
        Errors = errors;
    }

    /// <summary>The resources of the readable documents, in stream order.</summary>
    public ManifestSet Resources { get; }

    /// <summary>
    /// Documents of kinds the DSL does not model (Service, Deployment, Secret, a foreign CRD …), counted by
    /// kind; they are not read.
    /// </summary>
    public IReadOnlyDictionary<string, int> SetAsideByKind { get; }

    /// <summary>How many documents were set aside.</summary>
    public int SetAsideCount => SetAsideByKind.Values.Sum();

    /// <summary>One error per unreadable document, each with its line, column and field path, in stream order.</summary>
    public IReadOnlyList<ManifestParseException> Errors { get; }

    /// <summary>True when every document was read or set aside.</summary>
    public bool Succeeded => Errors.Count == 0;

    /// <summary>
    /// One line for people, e.g. "set aside 4 documents of kinds the DSL does not model: Service ×3,
    /// Deployment ×1" (most frequent first); null when nothing was set aside.
    /// </summary>
    public string? SetAsideSummary() => SetAsideSummary(SetAsideByKind);

    /// <summary>The summary line of set-aside counts gathered over several streams (the CLI's files).</summary>
    internal static string? SetAsideSummary(IReadOnlyDictionary<string, int> setAsideByKind)
    {
        if (setAsideByKind.Count == 0)
        {
            return null;
        }

        var kinds = setAsideByKind
            .OrderByDescending(pair => pair.Value)
            .ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => string.Create(CultureInfo.InvariantCulture, $"{pair.Key} ×{pair.Value}"));
        var count = setAsideByKind.Values.Sum();
        return string.Create(CultureInfo.InvariantCulture, $"set aside {count} document{(count == 1 ? "" : "s")} of kinds the DSL does not model: {string.Join(", ", kinds)}");
    }
}
