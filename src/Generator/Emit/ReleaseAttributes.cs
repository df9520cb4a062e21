using EnvoyGateway.Dsl.Generator.Releases;

namespace EnvoyGateway.Dsl.Generator.Emit;

/// <summary>
/// The <c>[EnvoyGatewayRelease]</c> attributes of a member: none when it exists in every release its
/// owner exists in (every release, for a type) and is never deprecated; otherwise its releases,
/// absolute, one attribute per contiguous range, the deprecation on the range where it starts. The
/// release table (ReleaseFacts) lists exactly the members that carry attributes, with the same sets.
/// </summary>
internal static class ReleaseAttributes
{
    public static IEnumerable<string> For(ReleaseList releases, ReleaseSet exists, ReleaseSet deprecated, ReleaseSet owner)
    {
        if (exists == owner && deprecated.IsEmpty)
        {
            yield break;
        }

        foreach (var (first, last) in exists.Ranges())
        {
            var arguments = $"\"{releases[first].Name}\"";
            if (last < releases.Count - 1)
            {
                arguments += $", Removed = \"{releases[last + 1].Name}\"";
            }

            var deprecatedHere = deprecated.First;
            if (deprecatedHere >= first && deprecatedHere <= last)
            {
                arguments += $", Deprecated = \"{releases[deprecatedHere].Name}\"";
            }

            yield return $"[EnvoyGatewayRelease({arguments})]";
        }
    }
}
