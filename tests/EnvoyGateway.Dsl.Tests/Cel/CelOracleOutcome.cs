using EnvoyGateway.Dsl.Cel;

namespace EnvoyGateway.Dsl.Tests.Cel;

internal enum CelOracleVerdict
{
    /// <summary>Accepted and no rule fails; or rejected and a rule fails with an expected message.</summary>
    Agree,

    /// <summary>Rejected, and a rule fails, but with another message than the one the case names.</summary>
    AgreeOtherMessage,

    /// <summary>Rejected, with no generated rule failing, but another rule of Validate (schema, EG2001–EG2004) reports an error.</summary>
    AgreeOtherRule,

    /// <summary>Rejected by the schema (the expected error is no CEL message of the kind): the schema walk's job.</summary>
    SchemaOnly,

    /// <summary>The case is accepted upstream but a generated rule fails.</summary>
    FalseRejection,

    /// <summary>Accepted upstream, no generated rule fails, but another rule of Validate reports an error.</summary>
    FalseRejectionOtherRule,

    /// <summary>The case expects a CEL message of the kind, but no rule fails.</summary>
    MissedCel,

    /// <summary>The object could not be read (the reader rejects it).</summary>
    ReadError,

    /// <summary>An update or status-update case: the rules compare with a stored object, which a manifest has not.</summary>
    NotApplicable,
}

internal sealed record CelOracleOutcome(CelOracleCase Case, CelOracleVerdict Verdict, string Detail)
{
    public static CelOracleOutcome Of(CelOracleCase c)
    {
        if (c.Phase != "create")
        {
            return new(c, CelOracleVerdict.NotApplicable, c.Phase);
        }

        KubernetesObject resource;
        try
        {
            resource = c.Read();
        }
        catch (ManifestParseException e)
        {
            return new(c, c.Rejected ? CelOracleVerdict.Agree : CelOracleVerdict.ReadError, e.Message);
        }

        var findings = c.CelFindings(resource);
        var described = string.Join(" | ", findings.Select(f => $"{f.Path}: {f.Message} [{f.Rule.Key}]"));
        var others = resource.Validate().Where(d => d.Severity == ValidationSeverity.Error && d.Id != "EG2100").ToList();
        var othersDescribed = string.Join(" | ", others.Select(d => $"{d.Id} {d.Path}: {d.Message}"));
        if (!c.Rejected)
        {
            return findings.Count > 0 ? new(c, CelOracleVerdict.FalseRejection, described)
                : others.Count > 0 ? new(c, CelOracleVerdict.FalseRejectionOtherRule, othersDescribed)
                : new(c, CelOracleVerdict.Agree, "");
        }

        if (findings.Any(f => c.Expects(f.Message)))
        {
            return new(c, CelOracleVerdict.Agree, described);
        }

        var celMessages = CelRules.All.Where(r => r.Kind == c.Kind).Select(r => r.Describe()).ToList();
        var expectsCel = c.WantErrors.Any(want => celMessages.Any(m => Overlaps(m, want)));
        if (findings.Count > 0)
        {
            return new(c, CelOracleVerdict.AgreeOtherMessage, $"want {string.Join(" / ", c.WantErrors)}; got {described}");
        }

        if (others.Count > 0)
        {
            return new(c, CelOracleVerdict.AgreeOtherRule, $"want {string.Join(" / ", c.WantErrors)}; got {othersDescribed}");
        }

        return expectsCel
            ? new(c, CelOracleVerdict.MissedCel, $"want {string.Join(" / ", c.WantErrors)}")
            : new(c, CelOracleVerdict.SchemaOnly, string.Join(" / ", c.WantErrors));
    }

    private static bool Overlaps(string celMessage, string want)
        => want.Contains(celMessage, StringComparison.OrdinalIgnoreCase) || celMessage.Contains(want, StringComparison.OrdinalIgnoreCase);

    /// <summary>A markdown table: per kind, the cases and how many of each verdict.</summary>
    public static IEnumerable<string> Table(IReadOnlyList<CelOracleOutcome> outcomes)
    {
        var verdicts = Enum.GetValues<CelOracleVerdict>();
        yield return "| kind | cases | " + string.Join(" | ", verdicts) + " |";
        yield return "|---|---|" + string.Concat(verdicts.Select(_ => "---|"));
        foreach (var kind in outcomes.GroupBy(o => o.Case.Kind).OrderBy(g => g.Key, StringComparer.Ordinal).Append(null))
        {
            var rows = kind?.ToList() ?? [.. outcomes];
            yield return $"| {kind?.Key ?? "all"} | {rows.Count} | " + string.Join(" | ", verdicts.Select(v => rows.Count(r => r.Verdict == v))) + " |";
        }
    }
}
