using EnvoyGateway.Dsl.Generator.Releases;

namespace EnvoyGateway.Dsl.Generator.Emit;

/// <summary>
/// The <c>[EnvoyGatewayRelease]</c> attributes of a member: none when it exists in every release and is
/// never deprecated; otherwise one per contiguous range of releases, the deprecation on the range
/// where it starts.
/// </summary>
internal static class ReleaseAttributes
{
    public static IEnumerable<string> For(ReleaseList releases, ReleaseSet exists, ReleaseSet deprecated)
    {
        if (exists == releases.Everything && deprecated.IsEmpty)
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
