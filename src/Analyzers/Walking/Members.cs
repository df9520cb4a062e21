using Microsoft.CodeAnalysis.Operations;

namespace EnvoyGateway.Dsl.Analyzers.Walking;

/// <summary>
/// The members one initializer sets, found by name. An array searched from the end, not a dictionary: an
/// initializer sets a handful of members, and a dictionary per object was a third of what the analyzers allocated
/// in the 2,000-policy build (docs/performance.md).
/// </summary>
internal sealed class Members
{
    public static readonly Members None = new([], 0);

    private readonly Member[] _items;
    private readonly int _count;

    private Members(Member[] items, int count)
    {
        _items = items;
        _count = count;
    }

    /// <summary>The member named <paramref name="name"/>; the last one when an initializer (half-typed) sets it twice.</summary>
    public Member? Find(string name)
    {
        for (var i = _count - 1; i >= 0; i--)
        {
            if (string.Equals(_items[i].Name, name, StringComparison.Ordinal))
            {
                return _items[i];
            }
        }

        return null;
    }

    /// <summary>
    /// The members <paramref name="initializer"/> sets, after <paramref name="first"/> (a name set by the constructor).
    /// <paramref name="understood"/> is false when it holds something other than member assignments (half-typed code).
    /// </summary>
    public static Members Read(IObjectOrCollectionInitializerOperation? initializer, Member? first, out bool understood)
    {
        understood = true;
        var capacity = (first is null ? 0 : 1) + (initializer?.Initializers.Length ?? 0);
        if (capacity == 0)
        {
            return None;
        }

        var items = new Member[capacity];
        var count = 0;
        if (first is not null)
        {
            items[count++] = first;
        }

        if (initializer is not null)
        {
            foreach (var item in initializer.Initializers)
            {
                switch (item)
                {
                    case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: false } target } assignment:
                        items[count++] = new Member(target.Property.Name, assignment.Value, target.Syntax, assignment.Value.Syntax, isMemberInitializer: false);
                        break;
                    case IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation target } nested:
                        items[count++] = new Member(target.Property.Name, nested.Initializer, target.Syntax, nested.Initializer.Syntax, isMemberInitializer: true);
                        break;
                    default:
                        understood = false;
                        break;
                }
            }
        }

        return new Members(items, count);
    }
}
