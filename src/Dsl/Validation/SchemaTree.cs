using EnvoyGateway.Dsl.Rules.Schema;

namespace EnvoyGateway.Dsl.Validation;

/// <summary>
/// Build time's host of <see cref="SchemaWalk"/> for one selected release and one collector: checks a resource's
/// kind, then every object of its tree. The rules are in the walk; the generated <see cref="SchemaTreeWalk"/>
/// follows the tree (objects, list items, map values), typed, and asks this to check each object and to extend
/// the collector's path. One instance serves a run of resources, with one reader for every object.
/// </summary>
internal sealed class SchemaTree(int release, DiagnosticCollector sink)
{
    private readonly uint _bit = 1u << release;
    private readonly ModelSchemaObject _reader = new();

    public void Walk(KubernetesObject resource)
    {
        var type = SchemaWalk.TypeOf(resource.GetType().FullName!);
        if (type < 0 || SchemaWalk.Kind(resource.Group, resource.Kind) is not { } kind || !SchemaWalk.CheckKind(kind, release, sink))
        {
            return;
        }

        SchemaTreeWalk.Walk(type, resource, this);
    }

    /// <summary>Whether a property of these releases (a bitmask of SchemaTable) is in the selected one.</summary>
    public bool In(uint releases) => (releases & _bit) != 0;

    /// <summary>The properties of one object of type <paramref name="type"/> (an index into SchemaTable.Types).</summary>
    public void Check(int type, object part)
    {
        _reader.Owner = part;
        SchemaWalk.CheckObject(type, _reader, release, sink);
    }

    public void Enter(string name, SourceTrackedObject part, int index = -1) => sink.Enter(name, part, index);

    public void Exit() => sink.Exit();
}
