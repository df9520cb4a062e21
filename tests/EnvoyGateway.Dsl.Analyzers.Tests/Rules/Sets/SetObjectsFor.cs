using EnvoyGateway.Dsl.Rules;

namespace EnvoyGateway.Dsl.Analyzers.Tests.Rules.Sets;

/// <summary>
/// Declared objects for the set rules as the analyzer's copy of src/Dsl/Rules sees them (netstandard2.0 build),
/// and a run of <see cref="SetChecks"/> returning "ID path" lines. The build-time tests
/// (EnvoyGateway.Dsl.Tests SetReferenceRuleTests) run the same rules over the model.
/// </summary>
internal static class SetObjectsFor
{
    public const string GatewayApiGroup = "gateway.networking.k8s.io";

    public static SetObject DeclaredGateway(int index, string name = "eg", string ns = "shop", params SetListener[] listeners)
        => new(index, GatewayApiGroup, "Gateway", ns, name) { Listeners = listeners.Length > 0 ? [.. listeners] : [new SetListener("http", 80, "HTTP")] };

    public static SetObject DeclaredRoute(int index, string name = "api", string ns = "shop", string gateway = "eg", string? gatewayNamespace = null)
    {
        var route = new SetObject(index, GatewayApiGroup, "HTTPRoute", ns, name) { Labels = new Dictionary<string, string> { ["app"] = name }, RuleNames = ["read"] };
        route.References.Add(new SetReference(SetReferenceRole.ParentRef, "spec.parentRefs[0]", GatewayApiGroup, "Gateway", gatewayNamespace, gateway));
        return route;
    }

    public static SetObject Policy(int index, string name, string kind, string target, string? section = null, string policyKind = "SecurityPolicy")
    {
        var policy = new SetObject(index, "gateway.envoyproxy.io", policyKind, "shop", name);
        policy.References.Add(new SetReference(SetReferenceRole.PolicyTarget, "spec.targetRefs[0]", GatewayApiGroup, kind, null, target) { SectionName = section });
        return policy;
    }

    public static string[] Run(params SetObject[] objects)
    {
        var found = new List<string>();
        SetChecks.Check(objects, finding => found.Add(finding.Rule.Id + " " + finding.Path));
        return [.. found];
    }
}
