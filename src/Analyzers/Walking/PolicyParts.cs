using EnvoyGateway.Dsl.Rules;
using Microsoft.CodeAnalysis.Operations;

namespace EnvoyGateway.Dsl.Analyzers.Walking;

/// <summary>The parts a policy has from construction (metadata with the constructor's name, spec) and what the set rules need of it.</summary>
internal static class PolicyParts
{
    /// <summary>ObjectMeta's server-populated fields in Validator's order: JSON name and C# property.</summary>
    public static readonly (string Field, string Property)[] ServerPopulatedFields =
    [
        ("clusterName", "ClusterName"), ("creationTimestamp", "CreationTimestamp"), ("deletionGracePeriodSeconds", "DeletionGracePeriodSeconds"),
        ("deletionTimestamp", "DeletionTimestamp"), ("generation", "Generation"), ("resourceVersion", "ResourceVersion"), ("selfLink", "SelfLink"), ("uid", "Uid"),
    ];

    /// <summary>The policy's metadata; null when replaced by a value not in view.</summary>
    public static InitializedObject? Metadata(InitializedObject policy)
        => policy.Creation is { } creation ? Metadata(creation, policy.Member("Metadata"), policy.Complete, policy.Types) : null;

    /// <summary>The metadata of any kind's creation (with its initializer's <c>Metadata</c> member); null when replaced by a value not in view.</summary>
    public static InitializedObject? Metadata(IObjectCreationOperation creation, Member? member, bool complete, DslTypes types)
    {
        var name = ConstructorName(creation);
        var place = FindingPlace.Creation(creation);
        if (member is null)
        {
            return InitializedObject.Untouched(DslPart.ObjectMeta, complete, place, types, name);
        }

        if (member.IsMemberInitializer)
        {
            return InitializedObject.FromMemberInitializer((IObjectOrCollectionInitializerOperation)member.Value!, DslPart.ObjectMeta, complete, place, types, name);
        }

        return member.Value is { } value && DslOperations.SkipConversions(value) is IObjectCreationOperation assigned && types.PartOf(assigned.Type) == DslPart.ObjectMeta
            ? InitializedObject.FromCreation(assigned, DslPart.ObjectMeta, complete, types)
            : null;
    }

    /// <summary>The policy's spec; null when replaced by a value not in view.</summary>
    public static InitializedObject? Spec(InitializedObject policy)
        => policy.Member("Spec") is null
            ? InitializedObject.Untouched(DslPart.BackendTrafficPolicySpec, policy.Complete, policy.Place, policy.Types)
            : policy.Child("Spec", DslPart.BackendTrafficPolicySpec);

    /// <summary>The namespace as Validator passes it to EG3005: an empty namespace counts as none.</summary>
    public static Fact<string> EffectiveNamespace(InitializedObject metadata)
    {
        var @namespace = metadata.String("Namespace");
        return @namespace.IsKnown && @namespace.Value.Length == 0 ? Fact<string>.Absent : @namespace;
    }

    /// <summary>metadata.name as the constructor sets it; its value is Unknown when the argument is not there (half-typed code).</summary>
    private static Member ConstructorName(IObjectCreationOperation creation)
    {
        foreach (var argument in creation.Arguments)
        {
            if (argument.Parameter?.Name == "name" && argument.ArgumentKind == ArgumentKind.Explicit)
            {
                return new Member("Name", argument.Value, argument.Syntax, argument.Value.Syntax, isMemberInitializer: false);
            }
        }

        return new Member("Name", null, creation.Syntax, creation.Syntax, isMemberInitializer: false);
    }
}
