using EnvoyGateway.Dsl.Rules.Schema;

namespace EnvoyGateway.Dsl.Validation;

/// <summary>
/// Build time's host of <see cref="SchemaWalk"/>: checks a resource's kind, then every object of its tree
/// against the schema of the selected release. The rules are in the walk; the generated
/// <see cref="SchemaTreeWalk"/> follows the tree (objects, list items, map values), typed.
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

        SchemaTreeWalk.Walk(type, resource, new SchemaTreeWalker(release, sink));
    }
}
