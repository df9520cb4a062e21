namespace EnvoyGateway.Dsl.Rules.Schema;

/// <summary>
/// The properties of one type that can matter in one release, worked out once from <see cref="SchemaTable"/>:
/// <see cref="Checked"/>, those where <see cref="SchemaWalk.CheckObject"/> can report something (outside the
/// release, required, deprecated, or with facts or a closed set to check), and <see cref="Children"/>, those
/// whose values are objects to walk into. Most properties of a type are neither (an optional string or number
/// with no facts, a part that only its own properties constrain); asking each of them for its value on every
/// object was most of the schema walk's time (docs/performance.md).
/// </summary>
internal sealed class SchemaPlan
{
    // One array of plans per release, each filled in per type on first use. Two threads may both build a
    // plan; either is right, and a reference is written whole.
    private static readonly SchemaPlan?[][] Plans = CreatePlans();

    private SchemaPlan(PlannedProperty[] checkedProperties, int[] children)
    {
        Checked = checkedProperties;
        Children = children;
    }

    /// <summary>The properties to check, in table order, each with its rules in the release.</summary>
    public PlannedProperty[] Checked { get; }

    /// <summary>Properties of the release whose values are objects, lists of objects or maps of objects, in table order.</summary>
    public int[] Children { get; }

    public static SchemaPlan Of(int type, int release) => Plans[release][type] ??= Build(type, release);

    private static SchemaPlan?[][] CreatePlans()
    {
        var plans = new SchemaPlan?[SchemaTable.ReleaseNames.Length][];
        for (var release = 0; release < plans.Length; release++)
        {
            plans[release] = new SchemaPlan?[SchemaTable.Types.Length];
        }

        return plans;
    }

    private static SchemaPlan Build(int type, int release)
    {
        var owner = SchemaTable.Types[type];
        var bit = 1u << release;
        var checkedProperties = new List<PlannedProperty>();
        var children = new List<int>();
        for (var p = owner.FirstProperty; p < owner.FirstProperty + owner.PropertyCount; p++)
        {
            var property = SchemaTable.Properties[p];
            if (CanReport(property, bit))
            {
                checkedProperties.Add(new PlannedProperty(p, property, property.RulesIn(bit)));
            }

            if (property.Type >= 0 && (property.Releases & bit) != 0)
            {
                children.Add(p);
            }
        }

        return new SchemaPlan(checkedProperties.ToArray(), children.ToArray());
    }

    /// <summary>Whether <see cref="SchemaWalk.CheckObject"/> can report anything for the property: the cases it would pass over are left out.</summary>
    private static bool CanReport(SchemaProperty property, uint bit)
    {
        if (property.RulesIn(bit) is not { } rules || rules.Required || (property.Deprecated & bit) != 0)
        {
            return true;
        }

        return property.Shape switch
        {
            SchemaShape.Scalar => rules.Facts >= 0 || property.ControllerClosedSet is not null,
            SchemaShape.List or SchemaShape.Map => rules.Facts >= 0,
            _ => false,
        };
    }
}

/// <summary>A property of a <see cref="SchemaPlan"/>: its index into <see cref="SchemaTable.Properties"/>, the property, and its rules in the plan's release (null when the release does not have it).</summary>
internal readonly struct PlannedProperty
{
    public PlannedProperty(int index, SchemaProperty property, SchemaRelease? rules)
    {
        Index = index;
        Property = property;
        Rules = rules;
    }

    public int Index { get; }

    public SchemaProperty Property { get; }

    public SchemaRelease? Rules { get; }
}
