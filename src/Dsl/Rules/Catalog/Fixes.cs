using EnvoyGateway.Dsl.Rules.Syntax;

namespace EnvoyGateway.Dsl.Rules;

/// <summary>
/// The fixes the checks suggest as message arguments, each written once for both dialects
/// (<see cref="MessageTemplate"/> syntax): <c>[type=SourceIP]</c> reads <c>Type = "SourceIP"</c> in C# and
/// <c>spec.loadBalancer.consistentHash.type to SourceIP</c> in YAML. Field references are relative to the
/// object the check reports on.
/// </summary>
internal static class Fixes
{
    // spec
    public static readonly Phrase SetTargetRef = new("set [targetRef={group: gateway.networking.k8s.io, kind: HTTPRoute, name: '...'}]");

    // spec.targetRef
    public static readonly Phrase SetTargetGroup = new("set [group=gateway.networking.k8s.io]");
    public static readonly Phrase SetTargetKind = new("set [kind] to one of " + Suggestions.JoinAllowed(AllowedValues.TargetKinds));
    public static readonly Phrase SetTargetName = new("set [name] to the name of the Gateway or route");

    // spec.loadBalancer
    public static readonly Phrase AddConsistentHash = new("add [consistentHash:{type: SourceIP}]");
    public static readonly Phrase UseConsistentHashOrRemoveIt = new("set [type=ConsistentHash], or remove [consistentHash]");

    // spec.rateLimit
    public static readonly Phrase AddRule = new("add at least one rule: [rules:[{limit: {requests: 100, unit: Minute}}]]");
    public static readonly Phrase SetLimit = new("set [limit={requests: 100, unit: Minute}]");
    public static readonly Phrase SetRequests = new("set [requests] to the number of requests allowed per unit");

    // client selectors
    public static readonly Phrase SetHeaderName = new("set [name] to the HTTP header to match");
    public static readonly Phrase SetSourceCidrValue = new("set [value] to a CIDR such as ['10.0.0.0/8']");

    /// <summary>Every phrase, for the tests that read them in both dialects.</summary>
    public static readonly Phrase[] All =
    [
        SetTargetRef, SetTargetGroup, SetTargetKind, SetTargetName,
        AddConsistentHash, UseConsistentHashOrRemoveIt,
        AddRule, SetLimit, SetRequests,
        SetHeaderName, SetSourceCidrValue,
    ];
}
