namespace EnvoyGateway.Dsl.Rules;

/// <summary>
/// The declared objects of a set, looked up by identity, by kind, and by what the partial-set rule asks: "does
/// the set declare objects of this kind in this namespace?" Built once per check, linear in the set.
/// </summary>
internal sealed class SetIndex
{
    private readonly Dictionary<(string Group, string Kind, string Namespace, string Name), SetObject> _objects;
    private readonly Dictionary<(string Group, string Kind), List<SetObject>> _byKind = [];
    private readonly Dictionary<(string Group, string Kind, string Namespace), List<SetObject>> _byKindIn = [];
    private readonly HashSet<string> _namespaces = [];
    private readonly Dictionary<string, List<SetGrant>> _grants = [];

    public SetIndex(IReadOnlyList<SetObject> objects)
    {
        _objects = new(objects.Count);
        var unique = new List<SetObject>(objects.Count);
        List<(SetObject Duplicate, SetObject First)>? duplicates = null;
        foreach (var item in objects)
        {
            var identity = (item.Group, item.Kind, item.Namespace, item.Name);
            if (_objects.TryGetValue(identity, out var first))
            {
                (duplicates ??= []).Add((item, first));
                continue;
            }

            _objects.Add(identity, item);
            unique.Add(item);
            _namespaces.Add(item.Namespace);
            Add(_byKind, (item.Group, item.Kind), item);
            Add(_byKindIn, (item.Group, item.Kind, item.Namespace), item);
            if (item.Grant is { } grant)
            {
                if (!_grants.TryGetValue(item.Namespace, out var grants))
                {
                    grants = [];
                    _grants.Add(item.Namespace, grants);
                }

                grants.Add(grant);
            }
        }

        Unique = unique;
        Duplicates = duplicates ?? (IReadOnlyList<(SetObject, SetObject)>)[];
    }

    /// <summary>The objects in set order, each identity once (the first object that has it).</summary>
    public IReadOnlyList<SetObject> Unique { get; }

    /// <summary>The objects whose identity an earlier object already has, with that object, in set order.</summary>
    public IReadOnlyList<(SetObject Duplicate, SetObject First)> Duplicates { get; }

    /// <summary>Whether the set declares nothing (then no reference can be "not found").</summary>
    public bool IsEmpty => _objects.Count == 0;

    public SetObject? Find(string group, string kind, string @namespace, string name)
        => _objects.TryGetValue((group, kind, @namespace, name), out var found) ? found : null;

    /// <summary>The partial-set rule: a reference is "not found" only where the set declares objects of its kind in its namespace.</summary>
    public bool DeclaresKindIn(string group, string kind, string @namespace) => _byKindIn.ContainsKey((group, kind, @namespace));

    /// <summary>Whether the set declares any object in <paramref name="namespace"/> (so it manages that namespace).</summary>
    public bool DeclaresNamespace(string @namespace) => _namespaces.Contains(@namespace);

    public IReadOnlyList<SetObject> OfKind(string group, string kind)
        => _byKind.TryGetValue((group, kind), out var found) ? found : (IReadOnlyList<SetObject>)[];

    public IReadOnlyList<SetObject> OfKindIn(string group, string kind, string @namespace)
        => _byKindIn.TryGetValue((group, kind, @namespace), out var found) ? found : (IReadOnlyList<SetObject>)[];

    public IReadOnlyList<SetGrant> GrantsIn(string @namespace)
        => _grants.TryGetValue(@namespace, out var found) ? found : (IReadOnlyList<SetGrant>)[];

    private static void Add<TKey>(Dictionary<TKey, List<SetObject>> lists, TKey key, SetObject item)
        where TKey : notnull
    {
        if (!lists.TryGetValue(key, out var list))
        {
            list = [];
            lists.Add(key, list);
        }

        list.Add(item);
    }
}
