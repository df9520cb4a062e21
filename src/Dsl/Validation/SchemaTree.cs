using System.Collections;
using EnvoyGateway.Dsl.Rules.Schema;

namespace EnvoyGateway.Dsl.Validation;

/// <summary>
/// Build time's host of <see cref="SchemaWalk"/>: checks a resource's kind, then every object of its tree
/// against the schema of the selected release, entering each part so that findings get its path and source.
/// The rules are in the walk; this only follows the tree (objects, list items, map values) via the
/// generated <see cref="SchemaAccess"/>.
/// </summary>
internal static class SchemaTree
{
    public static void Walk(KubernetesObject resource, int release, DiagnosticCollector sink)
    {
        var type = SchemaWalk.TypeOf(resource.GetType().FullName!);
        if (type < 0 || SchemaWalk.Kind(resource.Group, resource.Kind) is not { } kind || !SchemaWalk.CheckKind(kind, release, sink))
        {
            return;
        }

        WalkObject(type, resource, release, sink, new ModelSchemaObject());
    }

    private static void WalkObject(int type, object part, int release, DiagnosticCollector sink, ModelSchemaObject reader)
    {
        reader.Owner = part;
        SchemaWalk.CheckObject(type, reader, release, sink);

        foreach (var p in SchemaPlan.Of(type, release).Children)
        {
            var property = SchemaTable.Properties[p];
            switch (SchemaAccess.Value(part, p))
            {
                case SourceTrackedObject child when property.Shape == SchemaShape.Object:
                    sink.Enter(property.JsonName, child);
                    WalkObject(property.Type, child, release, sink, reader);
                    sink.Exit();
                    break;
                case IList items when property.Shape == SchemaShape.List:
                    for (var i = 0; i < items.Count; i++)
                    {
                        if (items[i] is SourceTrackedObject item)
                        {
                            sink.Enter(property.JsonName, item, i);
                            WalkObject(property.Type, item, release, sink, reader);
                            sink.Exit();
                        }
                    }

                    break;
                case IDictionary entries when property.Shape == SchemaShape.Map && part is SourceTrackedObject holder:
                    foreach (DictionaryEntry entry in entries)
                    {
                        if (entry.Value is SourceTrackedObject value)
                        {
                            sink.Enter(property.JsonName, holder);
                            sink.Enter((string)entry.Key, value);
                            WalkObject(property.Type, value, release, sink, reader);
                            sink.Exit();
                            sink.Exit();
                        }
                    }

                    break;
            }
        }
    }
}
