using System.Text.RegularExpressions;

namespace EnvoyGateway.Dsl.Rules.Schema;

/// <summary>What a property holds, as the walk needs to tell it: one value, one object, a list or a map.</summary>
internal enum SchemaShape : byte
{
    Scalar = 0,
    Object = 1,
    List = 2,
    Map = 3,
}

/// <summary>The innermost value of a property (the items' or values' for a list or map).</summary>
internal enum SchemaScalar : byte
{
    String = 0,
    Integer = 1,
    Number = 2,
    Boolean = 3,
    IntOrString = 4,
    FreeForm = 5,
    Object = 6,
}

/// <summary>
/// The schema rules of one node in some releases (an enum, limits, a pattern, list and map rules), shared by
/// every property and release that has exactly these. <see cref="Element"/> holds the rules of a list's
/// items or a map's values (index into <see cref="SchemaTable.Facts"/>, or -1).
/// </summary>
internal sealed class SchemaFacts
{
    public SchemaFacts(
        string[]? enumValues = null,
        double? minimum = null,
        double? maximum = null,
        bool exclusiveMinimum = false,
        bool exclusiveMaximum = false,
        int minLength = -1,
        int maxLength = -1,
        string? pattern = null,
        string[]? allOfPatterns = null,
        string? format = null,
        int minItems = -1,
        int maxItems = -1,
        int minProperties = -1,
        int maxProperties = -1,
        bool uniqueItems = false,
        string[]? listMapKeys = null,
        bool listSet = false,
        int element = -1)
    {
        EnumValues = enumValues;
        Minimum = minimum;
        Maximum = maximum;
        ExclusiveMinimum = exclusiveMinimum;
        ExclusiveMaximum = exclusiveMaximum;
        MinLength = minLength;
        MaxLength = maxLength;
        Pattern = pattern;
        AllOfPatterns = allOfPatterns;
        Format = format;
        MinItems = minItems;
        MaxItems = maxItems;
        MinProperties = minProperties;
        MaxProperties = maxProperties;
        UniqueItems = uniqueItems;
        ListMapKeys = listMapKeys;
        ListSet = listSet;
        Element = element;
    }

    /// <summary>The allowed values as YAML spells them, or null.</summary>
    public string[]? EnumValues { get; }

    public double? Minimum { get; }

    public double? Maximum { get; }

    public bool ExclusiveMinimum { get; }

    public bool ExclusiveMaximum { get; }

    /// <summary>-1 when the schema sets none (likewise the other limits).</summary>
    public int MinLength { get; }

    public int MaxLength { get; }

    public string? Pattern { get; }

    /// <summary>More patterns a string must match each (an <c>allOf</c> of patterns in the CRD), or null.</summary>
    public string[]? AllOfPatterns { get; }

    /// <summary><see cref="Pattern"/> compiled on first use on this thread and kept with the facts (no lookup, no lock on the hot path).</summary>
    public Regex? PatternRegex => Pattern is null ? null : (_patternRegex ??= Syntax.Re2Pattern.PerThread(Pattern)).Value!;

    /// <summary><see cref="AllOfPatterns"/> compiled on first use on this thread.</summary>
    public Regex[] AllOfRegexes => AllOfPatterns is null ? [] : (_allOfRegexes ??= new(() => Array.ConvertAll(AllOfPatterns, Syntax.Re2Pattern.Compile))).Value!;

    // Two threads may both create a holder on first use; either is right.
    private ThreadLocal<Regex>? _patternRegex;
    private ThreadLocal<Regex[]>? _allOfRegexes;

    public string? Format { get; }

    public int MinItems { get; }

    public int MaxItems { get; }

    public int MinProperties { get; }

    public int MaxProperties { get; }

    public bool UniqueItems { get; }

    /// <summary>x-kubernetes-list-map-keys of a list of type map: no two items may share these keys.</summary>
    public string[]? ListMapKeys { get; }

    /// <summary>x-kubernetes-list-type set: no two items may be equal.</summary>
    public bool ListSet { get; }

    public int Element { get; }
}

/// <summary>What the CRDs of some releases (a bitmask over EnvoyGatewayVersion.Supported) say about one property.</summary>
internal sealed class SchemaRelease
{
    public SchemaRelease(uint releases, bool required, int facts)
    {
        Releases = releases;
        Required = required;
        Facts = facts;
    }

    public uint Releases { get; }

    public bool Required { get; }

    /// <summary>Index into <see cref="SchemaTable.Facts"/>, or -1 for none.</summary>
    public int Facts { get; }
}

/// <summary>One property of a model type: names, shape, releases, deprecation and rules per release.</summary>
internal sealed class SchemaProperty
{
    public SchemaProperty(int owner, string jsonName, string member, SchemaShape shape, SchemaScalar scalar, int type, uint releases, uint deprecated, SchemaRelease[] rules)
    {
        Owner = owner;
        JsonName = jsonName;
        Member = member;
        Shape = shape;
        Scalar = scalar;
        Type = type;
        Releases = releases;
        Deprecated = deprecated;
        Rules = rules;
    }

    /// <summary>Index of the owning type in <see cref="SchemaTable.Types"/>.</summary>
    public int Owner { get; }

    public string JsonName { get; }

    /// <summary>The C# property name.</summary>
    public string Member { get; }

    public SchemaShape Shape { get; }

    /// <summary>The innermost value: the property's own, or its items' / values'.</summary>
    public SchemaScalar Scalar { get; }

    /// <summary>The object type of the property, its items or its values (index into <see cref="SchemaTable.Types"/>), or -1.</summary>
    public int Type { get; }

    public uint Releases { get; }

    public uint Deprecated { get; }

    /// <summary>Release groups with identical rules; releases without the property are in none.</summary>
    public SchemaRelease[] Rules { get; }

    /// <summary>"Owner.jsonName", the key of the wording tables; built once (the walk asks for it per value checked).</summary>
    public string Key => _key ??= SchemaTable.Types[Owner].Name + "." + JsonName;

    private string? _key;

    /// <summary>The values the controller allows where the CRD has no enum (SchemaWording), looked up once.</summary>
    public string[]? ControllerClosedSet
        => ReferenceEquals(_controllerClosedSet, NotLookedUp) ? _controllerClosedSet = SchemaWording.ControllerClosedSet(Key) : _controllerClosedSet;

    // One field, written whole: two threads may both look it up, and the answer is the same.
    private static readonly string[] NotLookedUp = ["(not looked up)"];
    private string[]? _controllerClosedSet = NotLookedUp;

    /// <summary>The rules of one release (a single bit), or null when the property is not in it.</summary>
    public SchemaRelease? RulesIn(uint release)
    {
        foreach (var rules in Rules)
        {
            if ((rules.Releases & release) != 0)
            {
                return rules;
            }
        }

        return null;
    }
}

/// <summary>One model type: its full C# name, releases and properties (a run of <see cref="SchemaTable.Properties"/>).</summary>
internal sealed class SchemaType
{
    public SchemaType(string fullName, uint releases, int firstProperty, int propertyCount)
    {
        FullName = fullName;
        Releases = releases;
        FirstProperty = firstProperty;
        PropertyCount = propertyCount;
    }

    public string FullName { get; }

    public uint Releases { get; }

    public int FirstProperty { get; }

    public int PropertyCount { get; }

    public string Name => _name ??= FullName.Substring(FullName.LastIndexOf('.') + 1);

    private string? _name;
}

/// <summary>One kind: API group, name, releases and root type (index into <see cref="SchemaTable.Types"/>).</summary>
internal sealed class SchemaKind
{
    public SchemaKind(string group, string kind, uint releases, int rootType)
    {
        Group = group;
        Kind = kind;
        Releases = releases;
        RootType = rootType;
    }

    public string Group { get; }

    public string Kind { get; }

    public uint Releases { get; }

    public int RootType { get; }
}
