using System.Numerics;

namespace EnvoyGateway.Dsl.Generator.Releases;

/// <summary>
/// A set of releases as a bitmask: bit <c>i</c> is <see cref="ReleaseList"/>[i]. Small, comparable and
/// cheap to union, so every type, property, value and fact of the model carries one.
/// </summary>
internal readonly record struct ReleaseSet(uint Bits)
{
    public const int Capacity = 32;

    public static ReleaseSet Empty => default;

    public bool IsEmpty => Bits == 0;

    public int Count => BitOperations.PopCount(Bits);

    public static ReleaseSet Of(Release release) => new(1u << release.Index);

    public static ReleaseSet Of(int index) => new(1u << index);

    public static ReleaseSet FirstN(int count) => new(count >= Capacity ? uint.MaxValue : (1u << count) - 1);

    public bool Contains(Release release) => Contains(release.Index);

    public bool Contains(int index) => (Bits & (1u << index)) != 0;

    public ReleaseSet Union(ReleaseSet other) => new(Bits | other.Bits);

    public ReleaseSet Intersect(ReleaseSet other) => new(Bits & other.Bits);

    public ReleaseSet Except(ReleaseSet other) => new(Bits & ~other.Bits);

    public bool IsSubsetOf(ReleaseSet other) => (Bits & ~other.Bits) == 0;

    /// <summary>The index of the oldest release in the set, or -1.</summary>
    public int First => IsEmpty ? -1 : BitOperations.TrailingZeroCount(Bits);

    /// <summary>The index of the newest release in the set, or -1.</summary>
    public int Last => IsEmpty ? -1 : 31 - BitOperations.LeadingZeroCount(Bits);

    /// <summary>True when the set has no gap: introduced once and, if removed, never brought back.</summary>
    public bool IsContiguous => IsEmpty || Ranges().Count() == 1;

    public IEnumerable<int> Indices()
    {
        for (var bits = Bits; bits != 0; bits &= bits - 1)
        {
            yield return BitOperations.TrailingZeroCount(bits);
        }
    }

    /// <summary>Maximal runs of consecutive indices, oldest first, as (first, last) inclusive.</summary>
    public IEnumerable<(int First, int Last)> Ranges()
    {
        var start = -1;
        for (var i = 0; i <= Capacity; i++)
        {
            var inSet = i < Capacity && Contains(i);
            if (inSet && start < 0)
            {
                start = i;
            }
            else if (!inSet && start >= 0)
            {
                yield return (start, i - 1);
                start = -1;
            }
        }
    }

    public override string ToString() => $"0x{Bits:X}";
}
