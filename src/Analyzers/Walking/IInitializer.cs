using Microsoft.CodeAnalysis;

namespace EnvoyGateway.Dsl.Analyzers.Walking;

/// <summary>What <see cref="LocatingSink"/> needs of the object a finding is about: its members' syntax and where the object is created.</summary>
internal interface IInitializer
{
    /// <summary>The DSL type name of the object (the "Object" diagnostic property).</summary>
    string ObjectType { get; }

    /// <summary>Where findings about a missing field go: the creation without its initializer.</summary>
    Location CreationLocation { get; }

    Member? Member(string property);

    ListContent Elements(string property);
}
