namespace EnvoyGateway.Dsl.Generator.Releases;

/// <summary>The supported releases, oldest first; a <see cref="ReleaseSet"/> bit is an index into it.</summary>
internal sealed class ReleaseList
{
    public ReleaseList(IEnumerable<Release> releases)
    {
        var ordered = releases.OrderBy(r => r, Comparer<Release>.Default).ToList();
        if (ordered.Count == 0)
        {
            throw new GenerationException("No release folders (vMAJOR.MINOR.PATCH) found.");
        }

        if (ordered.Count > ReleaseSet.Capacity)
        {
            throw new GenerationException($"{ordered.Count} releases: a release set holds at most {ReleaseSet.Capacity}.");
        }

        for (var i = 1; i < ordered.Count; i++)
        {
            if (ordered[i].Name == ordered[i - 1].Name)
            {
                throw new GenerationException($"Two input folders for release {ordered[i].Name}: {ordered[i - 1].Folder} and {ordered[i].Folder}. Keep only the newest patch release.");
            }
        }

        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].Index = i;
        }

        All = ordered;
    }

    public IReadOnlyList<Release> All { get; }

    public int Count => All.Count;

    public Release Newest => All[^1];

    public Release Oldest => All[0];

    public Release this[int index] => All[index];

    public ReleaseSet Everything => ReleaseSet.FirstN(All.Count);

    /// <summary>
    /// The set as users read it: "all", "1.1+", "0.6–1.3", or ranges joined by ", ". Names the releases,
    /// not the bits, so it stays meaningful when a release is added.
    /// </summary>
    public string Describe(ReleaseSet set)
    {
        if (set.IsEmpty)
        {
            return "none";
        }

        if (set == Everything)
        {
            return "all";
        }

        var parts = new List<string>();
        foreach (var (first, last) in set.Ranges())
        {
            if (last == All.Count - 1)
            {
                parts.Add($"{All[first].Name}+");
            }
            else if (first == last)
            {
                parts.Add(All[first].Name);
            }
            else
            {
                parts.Add($"{All[first].Name}-{All[last].Name}");
            }
        }

        return string.Join(", ", parts);
    }
}
