using EnvoyGateway.Dsl.Rules.Schema;

namespace EnvoyGateway.Dsl.Analyzers.Walking;

/// <summary>
/// Edit time's generic host of <see cref="SchemaWalk"/>, the twin of build time's SchemaTree: checks an object
/// against the schema of the selected release, then follows the parts in view (objects, list items, map values)
/// by the generated table, entering each so that findings get their path and their squiggle. Every kind and part
/// without a hand-written walk goes through here.
/// </summary>
internal static class ConstantSchemaTree
{
    public static void Walk(ConstantObject value, int type, LocatingSink sink)
    {
        SchemaWalk.CheckObject(type, new ConstantSchemaObject(value), sink.Release, sink);
        WalkChildren(value, type, sink, skip: null);
    }

    /// <summary>Walks the parts below <paramref name="value"/>, except the types <paramref name="skip"/> names (walked by hand).</summary>
    public static void WalkChildren(ConstantObject value, int type, LocatingSink sink, Func<int, bool>? skip)
    {
        foreach (var p in SchemaPlan.Of(type, sink.Release).Children)
        {
            var property = SchemaTable.Properties[p];
            if (skip?.Invoke(property.Type) == true)
            {
                continue;
            }

            switch (property.Shape)
            {
                case SchemaShape.Object when value.Child(property.Member) is { IsKnown: true } child:
                    sink.Enter(child.Value, property.JsonName);
                    Walk(child.Value, property.Type, sink);
                    sink.Exit();
                    break;
                case SchemaShape.List:
                    var (items, _) = value.Items(property.Member);
                    for (var i = 0; i < items.Count; i++)
                    {
                        if (items[i].IsKnown)
                        {
                            sink.Enter(items[i].Value, property.JsonName, i);
                            Walk(items[i].Value, property.Type, sink);
                            sink.Exit();
                        }
                    }

                    break;
                case SchemaShape.Map:
                    foreach (var (key, entry) in value.Entries(property.Member).Entries)
                    {
                        if (Constants.String(key) is { IsKnown: true } name && ConstantObject.Of(entry, value.Complete) is { IsKnown: true } item)
                        {
                            sink.Enter(value, property.JsonName);
                            sink.Enter(item.Value, name.Value);
                            Walk(item.Value, property.Type, sink);
                            sink.Exit();
                            sink.Exit();
                        }
                    }

                    break;
            }
        }
    }
}
