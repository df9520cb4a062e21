using EnvoyGateway.Dsl.Rules.Schema;

namespace EnvoyGateway.Dsl.Validation;

/// <summary>
/// What the generated <see cref="SchemaTreeWalk"/> needs on its way down one resource: the selected release,
/// the collector whose path it extends, and one reader reused for every object it checks.
/// </summary>
internal sealed class SchemaTreeWalker(int release, DiagnosticCollector sink)
{
    private readonly uint _bit = 1u << release;
    private readonly ModelSchemaObject _reader = new();

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
