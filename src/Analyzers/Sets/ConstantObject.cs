using EnvoyGateway.Dsl.Analyzers.Walking;
using EnvoyGateway.Dsl.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace EnvoyGateway.Dsl.Analyzers.Sets;

/// <summary>
/// An object initializer of any DSL type read by C# property name, for the set rules: constants are Known,
/// members a complete object does not assign are Absent, anything else is Unknown (as <see cref="InitializedObject"/>,
/// without its fixed list of parts).
/// </summary>
internal sealed class ConstantObject
{
    private static readonly Dictionary<string, Member> NoMembers = new(StringComparer.Ordinal);

    private readonly Dictionary<string, Member> _members;

    private ConstantObject(Dictionary<string, Member> members, bool complete, Location location)
    {
        _members = members;
        Complete = complete;
        Location = location;
    }

    /// <summary>Nothing can assign the object's members after its initializer.</summary>
    public bool Complete { get; }

    /// <summary>The creation (without its initializer) or the member initializer: where findings about the object go.</summary>
    public Location Location { get; }

    public static ConstantObject FromCreation(IObjectCreationOperation creation, bool complete)
    {
        var members = new Dictionary<string, Member>(StringComparer.Ordinal);
        var understood = creation.Initializer is null || InitializedObject.ReadMembers(creation.Initializer, members);
        return new ConstantObject(members, complete && understood, DslOperations.CreationLocation(creation));
    }

    public Member? Member(string property) => _members.TryGetValue(property, out var member) ? member : null;

    public Fact<string> Text(string property) => Member(property) is { } member ? Constants.String(member.Value) : Missing<string>();

    public Fact<long> Number(string property) => Member(property) is { } member ? Constants.Number(member.Value) : Missing<long>();

    /// <summary>
    /// A nested object: Known when its initializer is in view, Absent when not set (or set to null), Unknown otherwise.
    /// <paramref name="existsFromConstruction"/>: the owner creates it (metadata, spec), so not assigning it leaves it empty.
    /// </summary>
    public Fact<ConstantObject> Child(string property, bool existsFromConstruction = false)
    {
        if (Member(property) is not { } member)
        {
            return existsFromConstruction ? Fact<ConstantObject>.Of(new ConstantObject(NoMembers, Complete, Location))
                : Complete ? Fact<ConstantObject>.Absent : Fact<ConstantObject>.Unknown;
        }

        if (member.IsMemberInitializer)
        {
            var members = new Dictionary<string, Member>(StringComparer.Ordinal);
            var understood = InitializedObject.ReadMembers((IObjectOrCollectionInitializerOperation)member.Value!, members);
            return Fact<ConstantObject>.Of(new ConstantObject(members, Complete && understood, member.ValueSyntax.GetLocation()));
        }

        return Of(member.Value);
    }

    /// <summary>The items of a list member in view (an item is Unknown when it is not a creation), and whether nothing else can be in the list.</summary>
    public (List<Fact<ConstantObject>> Items, bool Exhaustive) Items(string property)
    {
        var content = Member(property) is { } member ? ListContent.Read(member, Complete) : Complete ? ListContent.Empty : ListContent.NotKnown;
        var items = new List<Fact<ConstantObject>>(content.Items.Count);
        foreach (var item in content.Items)
        {
            items.Add(Of(item));
        }

        return (items, content.Exhaustive);
    }

    /// <summary>A list of strings, when every item is a constant and nothing else can be in it.</summary>
    public Fact<List<string>> Strings(string property)
    {
        var content = Member(property) is { } member ? ListContent.Read(member, Complete) : Complete ? ListContent.Empty : ListContent.NotKnown;
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
        => property is not null && Member(property) is { } member ? member.ValueSyntax.GetLocation() : Location;

    private Fact<T> Missing<T>() => Complete ? Fact<T>.Absent : Fact<T>.Unknown;

    private Fact<ConstantObject> Of(IOperation? value)
    {
        var inner = value is null ? null : DslOperations.SkipConversions(value);
        return inner switch
        {
            IObjectCreationOperation creation => Fact<ConstantObject>.Of(FromCreation(creation, Complete)),
            _ when Constants.String(value).IsAbsent => Fact<ConstantObject>.Absent,
            _ => Fact<ConstantObject>.Unknown,
        };
    }
}
