using EnvoyGateway.Dsl.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace EnvoyGateway.Dsl.Analyzers.Walking;

/// <summary>
/// What an object initializer of one DSL part says about its fields, as <see cref="Fact{T}"/>s: constants
/// are Known; unassigned members are Absent only when the object is complete (nothing can set them
/// later), otherwise Unknown; everything else is Unknown.
/// </summary>
internal sealed class InitializedObject : IInitializer
{
    private readonly Members _members;

    private InitializedObject(DslPart part, bool complete, FindingPlace place, Members members, DslTypes types, IObjectCreationOperation? creation = null)
    {
        Part = part;
        Complete = complete;
        Place = place;
        _members = members;
        Types = types;
        Creation = creation;
    }

    public DslPart Part { get; }

    public string ObjectType => Part.ToString();

    /// <summary>Nothing can assign the object's members after its initializer.</summary>
    public bool Complete { get; }

    /// <summary>Where findings about a missing field go: the creation without its initializer.</summary>
    public Location CreationLocation => Place.Location;

    /// <summary>Where findings about the object go, before it is a Location.</summary>
    public FindingPlace Place { get; }

    /// <summary>The policy's creation, when this is a policy: its constructor argument is the name.</summary>
    public IObjectCreationOperation? Creation { get; }

    public DslTypes Types { get; }

    public static InitializedObject FromCreation(IObjectCreationOperation creation, DslPart part, bool complete, DslTypes types)
    {
        var members = Members.Read(creation.Initializer, first: null, out var understood);
        return new InitializedObject(part, complete && understood, FindingPlace.Creation(creation), members, types, creation);
    }

    /// <summary>An object that exists from its owner's construction and is filled by <c>Member = { … }</c>.</summary>
    public static InitializedObject FromMemberInitializer(IObjectOrCollectionInitializerOperation initializer, DslPart part, bool complete, FindingPlace ownerPlace, DslTypes types, Member? defaultName = null)
    {
        var members = Members.Read(initializer, defaultName, out var understood);
        return new InitializedObject(part, complete && understood, ownerPlace, members, types);
    }

    /// <summary>An object that exists from its owner's construction and is not mentioned in the initializer.</summary>
    public static InitializedObject Untouched(DslPart part, bool complete, FindingPlace ownerPlace, DslTypes types, Member? defaultName = null)
    {
        return new InitializedObject(part, complete, ownerPlace, Members.Read(initializer: null, defaultName, out _), types);
    }

    public Member? Member(string property) => _members.Find(property);

    /// <summary>The same members read by name, for the parts below this one that have no hand-written walk.</summary>
    public ConstantObject AsConstantObject() => ConstantObject.FromMembers(_members, Complete, Place);

    public Fact<string> String(string property)
        => Member(property) is { } member ? Constants.String(member.Value) : Missing<string>();

    public Fact<long> Number(string property)
        => Member(property) is { } member ? Constants.Number(member.Value) : Missing<long>();

    /// <summary>Whether an optional part is set: a creation or <c>{ … }</c> is, <c>null</c> is not, anything else may be.</summary>
    public Fact<bool> Presence(string property)
    {
        if (Member(property) is not { } member)
        {
            return Complete ? Fact<bool>.Of(false) : Fact<bool>.Unknown;
        }

        return member.Value is null ? Fact<bool>.Unknown
            : member.IsMemberInitializer || DslOperations.SkipConversions(member.Value) is IObjectCreationOperation ? Fact<bool>.Of(true)
            : Constants.String(member.Value).IsAbsent ? Fact<bool>.Of(false)
            : Fact<bool>.Unknown;
    }

    /// <summary>The nested part a member holds, when its initializer is in view; null otherwise.</summary>
    public InitializedObject? Child(string property, DslPart part)
    {
        if (Member(property) is not { Value: { } value } member)
        {
            return null;
        }

        if (member.IsMemberInitializer)
        {
            return FromMemberInitializer((IObjectOrCollectionInitializerOperation)value, part, Complete, Place, Types);
        }

        return ElementOf(value, part);
    }

    /// <summary>A list element or member value as a part, when it is a creation of that part.</summary>
    public InitializedObject? ElementOf(IOperation value, DslPart part)
        => DslOperations.SkipConversions(value) is IObjectCreationOperation creation && Types.PartOf(creation.Type) == part
            ? FromCreation(creation, part, Complete, Types)
            : null;

    public ListContent Elements(string property)
        => Member(property) is { } member ? ListContent.Read(member, Complete) : Complete ? ListContent.Empty : ListContent.NotKnown;

    public DictionaryContent Entries(string property)
        => Member(property) is { } member ? DictionaryContent.Read(member, Complete) : Complete ? DictionaryContent.Empty : DictionaryContent.NotKnown;

    private Fact<T> Missing<T>() => Complete ? Fact<T>.Absent : Fact<T>.Unknown;
}
