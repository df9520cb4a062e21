namespace EnvoyGateway.Dsl.Rules.Schema;

/// <summary>
/// What a host knows about one object for <see cref="SchemaWalk"/>: a model object at build time (everything
/// Known or Absent), an initializer in the analyzer (constants Known, anything else Unknown). The walk asks,
/// the host answers from its own representation; the rules live in the walk.
/// </summary>
internal interface ISchemaObject
{
    /// <summary>Properties are indexes into <see cref="SchemaTable.Properties"/>. Absent: not set (an empty list or map counts as not set); Known: set; Unknown: may be set.</summary>
    FactKind Presence(int property);

    /// <summary>A scalar as YAML spells it (strings as they are, numbers invariant, booleans lower case).</summary>
    Fact<string> Text(int property);

    /// <summary>A number (integer or number, or an int-or-string holding an integer); Unknown otherwise.</summary>
    Fact<double> Number(int property);

    /// <summary>The items of a list or entries of a map in view: the exact count, or a lower bound when <paramref name="exact"/> is false.</summary>
    int Count(int property, out bool exact);

    /// <summary>Item <paramref name="index"/> of a list of scalars, as <see cref="Text"/> would spell it.</summary>
    Fact<string> ItemText(int property, int index);

    /// <summary>Entry <paramref name="index"/> of a map of scalars: its value as <see cref="Text"/> would spell it, and its key (null when not known).</summary>
    Fact<string> EntryText(int property, int index, out string? key);

    /// <summary>Property <paramref name="key"/> of object item <paramref name="index"/> of a list, as <see cref="Text"/> would spell it.</summary>
    Fact<string> ItemKey(int property, int index, int key);
}
