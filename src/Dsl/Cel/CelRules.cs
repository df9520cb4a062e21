namespace EnvoyGateway.Dsl.Cel;

/// <summary>
/// Runs the CEL rules (<c>x-kubernetes-validations</c>) of a resource's CRD in the selected release,
/// translated to C# by the generator (src/Dsl/Generated/Cel, docs/cel-rules.md lists them). Transition
/// rules (<c>oldSelf</c>) and the rules the hand-written EG2001–EG2004 already check are not among them.
/// </summary>
internal static class CelRules
{
    public static void Check(KubernetesObject resource, ICelSink sink, EnvoyGatewayVersion release)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(sink);
        ArgumentNullException.ThrowIfNull(release);
        Check(resource, new CelContext(sink, release));
    }

    /// <summary>Checks one resource of a run with the run's <paramref name="context"/>.</summary>
    public static void Check(KubernetesObject resource, CelContext context)
    {
        context.Begin(resource);
        GeneratedCelRules.Check(resource, context);
    }

    /// <summary>Every generated rule of every kind.</summary>
    public static IReadOnlyList<CelRuleInfo> All => GeneratedCelRules.All;
}
