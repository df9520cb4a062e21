namespace EnvoyGateway.Dsl.CodeFixes;

/// <summary>
/// The equivalence keys of the code actions: "Fix all" applies the actions that share the key of the chosen
/// one. The first (preferred) action a rule offers has one key for every diagnostic of the rule, whatever
/// its value or shape, so "Fix all" and <c>dotnet format analyzers</c> (which applies the key of the first
/// action it sees) fix every occurrence with its own preferred edit, in any order the diagnostics come;
/// alternatives carry their own key, with the value where there are several.
/// </summary>
public static class EquivalenceKeys
{
    /// <summary>EG1001: replace with the closest allowed value.</summary>
    public const string ReplaceWithClosestAllowedValue = "EG1001:ReplaceWithClosest";

    /// <summary>EG1002: add the missing member, with its only or most common value.</summary>
    public const string AddRequiredMember = "EG1002:Add";

    /// <summary>EG1005: remove the duplicate header.</summary>
    public const string RemoveDuplicateHeader = "EG1005:RemoveDuplicateHeader";

    /// <summary>
    /// EG2001, preferred: keep what is written and complete the other side. A ConsistentHash block with another
    /// type: set the type to ConsistentHash. Type ConsistentHash without a block: add
    /// <c>ConsistentHash = new() { Type = "SourceIP" }</c>. One key for both, so one Fix All fixes both shapes.
    /// </summary>
    public const string MatchTypeAndConsistentHash = "EG2001:MatchTypeAndConsistentHash";

    /// <summary>EG2001, alternative: remove ConsistentHash (the type is not ConsistentHash).</summary>
    public const string RemoveConsistentHash = "EG2001:RemoveConsistentHash";

    /// <summary>EG2002: set the target group to gateway.networking.k8s.io.</summary>
    public const string SetGatewayApiGroup = "EG2002:SetGroup";

    /// <summary>EG2003: replace with the closest supported target kind.</summary>
    public const string ReplaceWithClosestKind = "EG2003:ReplaceWithClosest";

    /// <summary>EG2100: set the discriminator to the value a CEL rule requires for the field that is set (<c>Type = "GRPC"</c> with <c>Grpc</c>).</summary>
    public const string SetCelDiscriminator = "EG2100:SetDiscriminator";

    /// <summary>EG1007: move the deprecated member's value to the member that replaces it.</summary>
    public const string MigrateDeprecatedMember = "EG1007:Migrate";

    /// <summary>EG2004: remove SectionName.</summary>
    public const string RemoveSectionName = "EG2004:RemoveSectionName";

    /// <summary>EG3001: remove the Value of a Distinct header match.</summary>
    public const string RemoveDistinctHeaderValue = "EG3001:RemoveValue";

    /// <summary>EG3001: change the header match type to Exact.</summary>
    public const string ChangeHeaderTypeToExact = "EG3001:ChangeTypeToExact";

    /// <summary>EG3002: change the header match type to Distinct.</summary>
    public const string ChangeHeaderTypeToDistinct = "EG3002:ChangeTypeToDistinct";

    /// <summary>EG3002: add an empty Value to fill in.</summary>
    public const string AddHeaderValue = "EG3002:AddValue";

    /// <summary>EG3004: use the single-address CIDR (/32 or /128).</summary>
    public const string UseSingleAddressCidr = "EG3004:UseSingleAddressCidr";

    /// <summary>EG3005: remove the target's Namespace.</summary>
    public const string RemoveTargetNamespace = "EG3005:RemoveTargetNamespace";

    /// <summary>EG3006: add a Global block with one rule.</summary>
    public const string AddGlobalRateLimit = "EG3006:AddGlobal";

    /// <summary>EG5001: rename to the normalised name.</summary>
    public const string NormalizeName = "EG5001:Normalize";

    /// <summary>EG5002: rename to the normalised namespace.</summary>
    public const string NormalizeNamespace = "EG5002:Normalize";

    /// <summary>EG5005: remove the server-populated field.</summary>
    public const string RemoveServerPopulatedField = "EG5005:Remove";

    /// <summary>EG5006: add <c>Namespace = "default"</c> to the metadata.</summary>
    public const string AddNamespace = "EG5006:AddNamespace";

    /// <summary>EG1001: replace with <paramref name="value"/>, an alternative to the closest value.</summary>
    public static string ReplaceWithAllowedValue(string value) => "EG1001:Replace:" + value;

    /// <summary>EG1002: add the missing member with <paramref name="value"/>, an alternative to the first value.</summary>
    public static string AddRequiredMemberWith(string value) => "EG1002:Add:" + value;

    /// <summary>EG2003: replace with the kind <paramref name="kind"/>, an alternative to the closest kind.</summary>
    public static string ReplaceWithKind(string kind) => "EG2003:Replace:" + kind;
}
