using EnvoyGateway.Dsl.Rules.Schema;
using Microsoft.CodeAnalysis.Operations;

namespace EnvoyGateway.Dsl.Analyzers.Walking;

/// <summary>
/// The edit-time walk of every kind without a hand-written one (all but BackendTrafficPolicy): its metadata through
/// the same checks as a policy's, and its whole tree through the generated schema of the selected release, as
/// build time's Validator does with SchemaTree.
/// </summary>
internal static class KindWalker
{
    /// <param name="root">The creation's initializer, read once for this walk and the kind's CEL rules.</param>
    public static void Walk(IObjectCreationOperation creation, ConstantObject root, KindType kind, bool complete, DslTypes types, LocatingSink sink)
    {
        if (kind.SchemaType < 0 || kind.SchemaKind is not { } schemaKind || !SchemaWalk.CheckKind(schemaKind, sink.Release, sink))
        {
            return;
        }

        sink.EnterRoot(root, "");
        if (PolicyParts.Metadata(creation, root.Member("Metadata"), complete, types) is { } metadata)
        {
            sink.Enter(metadata, "metadata");
            PolicyWalker.WalkMetadata(metadata, sink);
            sink.Exit();
        }

        ConstantSchemaTree.Walk(root, kind.SchemaType, sink);
        sink.Exit();
    }
}
