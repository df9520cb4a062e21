using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace EnvoyGateway.Dsl.Analyzers.Walking;

/// <summary>The entries a map member (labels, annotations) is given in view: <c>{ ["k"] = "v" }</c> or <c>{ { "k", "v" } }</c>.</summary>
internal sealed class DictionaryContent
{
    public static readonly DictionaryContent Empty = new([], exhaustive: true);
    public static readonly DictionaryContent NotKnown = new([], exhaustive: false);

    private DictionaryContent(IReadOnlyList<(IOperation Key, IOperation Value)> entries, bool exhaustive)
    {
        Entries = entries;
        Exhaustive = exhaustive;
    }

    public IReadOnlyList<(IOperation Key, IOperation Value)> Entries { get; }

    public bool Exhaustive { get; }

    public static DictionaryContent Read(Member member, bool complete)
    {
        var value = member.Value is null ? null : DslOperations.SkipConversions(member.Value);
        return value switch
        {
            IObjectOrCollectionInitializerOperation initializer when member.IsMemberInitializer => FromInitializer(initializer, complete),
            IObjectCreationOperation { Initializer: null } creation => new DictionaryContent([], complete && creation.Arguments.Length == 0),
            IObjectCreationOperation { Initializer: { } initializer } creation => FromInitializer(initializer, complete && creation.Arguments.Length == 0),
            _ => NotKnown,
        };
    }

    private static DictionaryContent FromInitializer(IObjectOrCollectionInitializerOperation initializer, bool complete)
    {
        var entries = new List<(IOperation, IOperation)>(initializer.Initializers.Length);
        var understood = true;
        foreach (var item in initializer.Initializers)
        {
            switch (item)
            {
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer } assignment:
                    entries.Add((indexer.Arguments[0].Value, assignment.Value));
                    break;
                case IInvocationOperation { IsImplicit: true, Arguments.Length: 2 } add:
                    entries.Add((add.Arguments[0].Value, add.Arguments[1].Value));
                    break;
                default:
                    understood = false;
                    break;
            }
        }

        return new DictionaryContent(entries, complete && understood);
    }
}
