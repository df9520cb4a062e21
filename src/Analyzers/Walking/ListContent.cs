using EnvoyGateway.Dsl.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace EnvoyGateway.Dsl.Analyzers.Walking;

/// <summary>
/// The elements a list member is given in view, at their indexes: <c>Rules = { … }</c>, <c>Rules = new() { … }</c>
/// or <c>Rules = [ … ]</c> (up to a spread). <see cref="Exhaustive"/> when nothing else can be in the list.
/// </summary>
internal sealed class ListContent
{
    public static readonly ListContent Empty = new([], exhaustive: true);
    public static readonly ListContent NotKnown = new([], exhaustive: false);

    private ListContent(IReadOnlyList<IOperation> items, bool exhaustive)
    {
        Items = items;
        Exhaustive = exhaustive;
    }

    public IReadOnlyList<IOperation> Items { get; }

    public bool Exhaustive { get; }

    /// <summary>The count when exhaustive; otherwise a lower bound, which is still certain when it is above a maximum.</summary>
    public Fact<int> Count => Exhaustive || Items.Count > 0 ? Fact<int>.Of(Items.Count) : Fact<int>.Unknown;

    public static ListContent Read(Member member, bool complete)
    {
        var value = member.Value is null ? null : DslOperations.SkipConversions(member.Value);
        switch (value)
        {
            case IObjectOrCollectionInitializerOperation initializer when member.IsMemberInitializer:
                return FromInitializer(initializer, complete);
            case IObjectCreationOperation { Arguments.Length: 0 } creation:
                return creation.Initializer is null ? new ListContent([], complete) : FromInitializer(creation.Initializer, complete);
            case ICollectionExpressionOperation collection:
                var items = DslOperations.ElementsBeforeSpread(collection).ToList();
                return new ListContent(items, complete && items.Count == collection.Elements.Length);
            default:
                return NotKnown;
        }
    }

    private static ListContent FromInitializer(IObjectOrCollectionInitializerOperation initializer, bool complete)
    {
        var items = new List<IOperation>(initializer.Initializers.Length);
        var understood = true;
        foreach (var item in initializer.Initializers)
        {
            if (item is IInvocationOperation { IsImplicit: true, Arguments.Length: 1 } add)
            {
                items.Add(add.Arguments[0].Value);
            }
            else
            {
                understood = false;
            }
        }

        return new ListContent(items, complete && understood);
    }
}
