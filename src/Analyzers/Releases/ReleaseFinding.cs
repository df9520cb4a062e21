namespace EnvoyGateway.Dsl.Analyzers.Releases;

/// <summary>What the selected release says about one symbol: nothing, not available (EG1006) or deprecated (EG1007).</summary>
internal sealed class ReleaseFinding
{
    private ReleaseFinding(bool available, string reason, ReleaseNumber deprecatedSince)
    {
        IsAvailable = available;
        Reason = reason;
        DeprecatedSince = deprecatedSince;
    }

    public static ReleaseFinding None { get; } = new(available: true, "", default);

    public bool IsAvailable { get; }

    /// <summary>For a symbol outside the release: "it was added in 1.0", "it was removed in 1.4", ….</summary>
    public string Reason { get; }

    /// <summary>The release that deprecated an available symbol (default when it is not deprecated).</summary>
    public ReleaseNumber DeprecatedSince { get; }

    public bool IsDeprecated => IsAvailable && DeprecatedSince != default;

    public static ReleaseFinding Unavailable(string reason) => new(available: false, reason, default);

    public static ReleaseFinding DeprecatedIn(ReleaseNumber since) => new(available: true, "", since);

    /// <summary>
    /// Decides from a symbol's release ranges (one per [EnvoyGatewayRelease]); no range means every release
    /// its owner exists in.
    /// </summary>
    public static ReleaseFinding For(IReadOnlyList<ReleaseRange> ranges, ReleaseNumber selected)
    {
        if (ranges.Count == 0)
        {
            return None;
        }

        ReleaseNumber? removedBefore = null;
        ReleaseNumber? addedAfter = null;
        foreach (var range in ranges)
        {
            if (range.Contains(selected))
            {
                return range.Deprecated is { } deprecated && selected >= deprecated ? DeprecatedIn(deprecated) : None;
            }

            if (range.Introduced > selected && (addedAfter is not { } next || range.Introduced < next))
            {
                addedAfter = range.Introduced;
            }

            if (range.Removed is { } removed && removed <= selected && (removedBefore is not { } previous || removed > previous))
            {
                removedBefore = removed;
            }
        }

        return Unavailable((removedBefore, addedAfter) switch
        {
            ({ } removed, { } added) => $"it was removed in {removed} and is back from {added}",
            ({ } removed, null) => $"it was removed in {removed}",
            (null, { } added) => $"it was added in {added}",
            _ => "its releases are unknown",
        });
    }
}
