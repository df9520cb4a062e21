using System.Runtime.CompilerServices;
using EnvoyGateway.Dsl.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace EnvoyGateway.Dsl.Analyzers.Walking;

/// <summary>
/// An object initializer of any DSL type read by C# property name, for the set rules and the schema walk of every
/// kind: constants are Known, members a complete object does not assign are Absent (or empty, for the parts the
/// owner creates), anything else is Unknown (as <see cref="InitializedObject"/>, without its fixed list of parts).
/// </summary>
internal sealed class ConstantObject : IInitializer
{
    // Per type, found once: asked for every object-shaped property an initializer leaves out, a lookup of members by
    // name up the base types was the analyzers' largest single cost in the 2,000-policy build (docs/performance.md).
    private static readonly ConditionalWeakTable<ITypeSymbol, Dictionary<string, ITypeSymbol>> OwnerCreated = new();
    private static readonly ConditionalWeakTable<ITypeSymbol, Dictionary<string, ITypeSymbol>>.CreateValueCallback FindOwnerCreated = OwnerCreatedParts;

    private readonly Members _members;

    private ConstantObject(Members members, bool complete, FindingPlace place, ITypeSymbol? type)
    {
        _members = members;
        Complete = complete;
        Place = place;
        Type = type;
    }

    /// <summary>Nothing can assign the object's members after its initializer.</summary>
    public bool Complete { get; }

    /// <summary>The creation (without its initializer) or the member initializer: where findings about the object go.</summary>
    public Location CreationLocation => Place.Location;

    /// <summary>Where findings about the object go, before it is a Location.</summary>
    public FindingPlace Place { get; }

    public ITypeSymbol? Type { get; }

    public string ObjectType => Type?.Name ?? "";

    public static ConstantObject FromCreation(IObjectCreationOperation creation, bool complete)
    {
        var members = Members.Read(creation.Initializer, first: null, out var understood);
        return new ConstantObject(members, complete && understood, FindingPlace.Creation(creation), creation.Type);
    }

    public static ConstantObject FromMembers(Members members, bool complete, FindingPlace place)
        => new(members, complete, place, type: null);

    public Member? Member(string property) => _members.Find(property);

    public Fact<string> Text(string property) => Member(property) is { } member ? Constants.String(member.Value) : Missing<string>();

    public Fact<long> Number(string property) => Member(property) is { } member ? Constants.Number(member.Value) : Missing<long>();

    /// <summary>
    /// A nested object: Known when its initializer is in view, Absent when not set (or set to null), Unknown otherwise.
    /// A part the owner creates in its constructor (metadata, spec) is Known and empty when not assigned.
    /// </summary>
    public Fact<ConstantObject> Child(string property)
    {
        if (Member(property) is not { } member)
        {
            return CreatedByOwner(property) is { } type ? Fact<ConstantObject>.Of(new ConstantObject(Members.None, Complete, Place, type))
                : Complete ? Fact<ConstantObject>.Absent : Fact<ConstantObject>.Unknown;
        }

        if (member.ReadAs is ConstantObject read)
        {
            return Fact<ConstantObject>.Of(read);
        }

        Fact<ConstantObject> child;
        if (member.IsMemberInitializer)
        {
            var initializer = (IObjectOrCollectionInitializerOperation)member.Value!;
            var members = Members.Read(initializer, first: null, out var understood);
            child = Fact<ConstantObject>.Of(new ConstantObject(members, Complete && understood, FindingPlace.Of(member.NameSyntax), initializer.Type));
        }
        else
        {
            child = Of(member.Value);
        }

        if (child.IsKnown)
        {
            member.ReadAs = child.Value;
        }

        return child;
    }

    /// <summary><paramref name="property"/> of the nested object <paramref name="child"/> (<c>namespaces.from</c>): Absent when the object is.</summary>
    public Fact<string> ChildText(string child, string property)
    {
        var nested = Child(child);
        return nested.IsKnown ? nested.Value.Text(property) : nested.IsAbsent ? Fact<string>.Absent : Fact<string>.Unknown;
    }

    /// <summary>A scalar member as YAML spells it (<see cref="ConstantSchemaObject.Scalar"/>): Absent when a complete object does not assign it.</summary>
    public Fact<string> ScalarText(string property)
        => Member(property) is { } member ? ConstantSchemaObject.Scalar(member.Value) : Missing<string>();

    public ListContent Elements(string property) => ElementsOf(Member(property));

    public DictionaryContent Entries(string property)
        => Member(property) is { } member ? DictionaryContent.Read(member, Complete) : Complete ? DictionaryContent.Empty : DictionaryContent.NotKnown;

    /// <summary>The items of a list member in view (an item is Unknown when it is not a creation), and whether nothing else can be in the list.</summary>
    public (List<Fact<ConstantObject>> Items, bool Exhaustive) Items(string property)
    {
        var member = Member(property);
        if (member is { ReadAs: ReadItems read })
        {
            return (read.Items, read.Exhaustive);
        }

        var content = ElementsOf(member);
        var items = new List<Fact<ConstantObject>>(content.Items.Count);
        foreach (var item in content.Items)
        {
            items.Add(Of(item));
        }

        if (member is not null)
        {
            member.ReadAs = new ReadItems(items, content.Exhaustive);
        }

        return (items, content.Exhaustive);
    }

    private ListContent ElementsOf(Member? member)
        => member is not null ? ListContent.Read(member, Complete) : Complete ? ListContent.Empty : ListContent.NotKnown;

    /// <summary>A list of strings, when every item is a constant and nothing else can be in it.</summary>
    public Fact<List<string>> Strings(string property)
    {
        var content = Elements(property);
        var values = new List<string>(content.Items.Count);
        foreach (var item in content.Items)
        {
            if (Constants.String(item) is not { IsKnown: true } value)
            {
                return Fact<List<string>>.Unknown;
            }

            values.Add(value.Value);
        }

        return content.Exhaustive ? Fact<List<string>>.Of(values) : Fact<List<string>>.Unknown;
    }

    /// <summary>A map of strings (labels, matchLabels), when every key and value is a constant and nothing else can be in it; Absent when not set.</summary>
    public Fact<Dictionary<string, string>> Map(string property)
    {
        if (Member(property) is not { } member)
        {
            return Complete ? Fact<Dictionary<string, string>>.Absent : Fact<Dictionary<string, string>>.Unknown;
        }

        var content = DictionaryContent.Read(member, Complete);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in content.Entries)
        {
            if (Constants.String(key) is not { IsKnown: true } knownKey || Constants.String(value) is not { IsKnown: true } knownValue)
            {
                return Fact<Dictionary<string, string>>.Unknown;
            }

            map[knownKey.Value] = knownValue.Value;
        }

        return content.Exhaustive ? Fact<Dictionary<string, string>>.Of(map) : Fact<Dictionary<string, string>>.Unknown;
    }

    /// <summary>Where a finding about <paramref name="property"/> goes: its value, or the object when it is not assigned.</summary>
    public Location LocationOf(string? property)
        => property is not null && Member(property) is { } member ? member.ValueSyntax.GetLocation() : CreationLocation;

    private Fact<T> Missing<T>() => Complete ? Fact<T>.Absent : Fact<T>.Unknown;

    /// <summary>The type of a part the owner creates in its constructor (metadata, spec: a non-nullable reference property), or null.</summary>
    private ITypeSymbol? CreatedByOwner(string property)
        => Type is not null && OwnerCreated.GetValue((ITypeSymbol)ReferenceComparer.Key(Type), FindOwnerCreated).TryGetValue(property, out var type) ? type : null;

    /// <summary>The parts a type's constructor creates, by property name, the most derived declaration first.</summary>
    private static Dictionary<string, ITypeSymbol> OwnerCreatedParts(ITypeSymbol owner)
    {
        var parts = new Dictionary<string, ITypeSymbol>(StringComparer.Ordinal);
        for (var type = owner; type is not null; type = type.BaseType)
        {
            foreach (var symbol in type.GetMembers())
            {
                if (symbol is IPropertySymbol { Type.IsReferenceType: true, NullableAnnotation: NullableAnnotation.NotAnnotated } created && !parts.ContainsKey(created.Name))
                {
                    parts.Add(created.Name, created.Type);
                }
            }
        }

        return parts;
    }

    private Fact<ConstantObject> Of(IOperation? value) => Of(value, Complete);

    /// <summary>A value as an object: Known when it is a creation, Absent when null, Unknown otherwise.</summary>
    public static Fact<ConstantObject> Of(IOperation? value, bool complete)
    {
        var inner = value is null ? null : DslOperations.SkipConversions(value);
        return inner switch
        {
            IObjectCreationOperation creation => Fact<ConstantObject>.Of(FromCreation(creation, complete)),
            _ when Constants.String(value).IsAbsent => Fact<ConstantObject>.Absent,
            _ => Fact<ConstantObject>.Unknown,
        };
    }

    /// <summary>A list member's items as read once (<see cref="Member.ReadAs"/>); callers only read them.</summary>
    private sealed class ReadItems(List<Fact<ConstantObject>> items, bool exhaustive)
    {
        public List<Fact<ConstantObject>> Items { get; } = items;

        public bool Exhaustive { get; } = exhaustive;
    }
}
