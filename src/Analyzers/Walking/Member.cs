using Microsoft.CodeAnalysis;

namespace EnvoyGateway.Dsl.Analyzers.Walking;

/// <summary>One member set in an initializer (or the policy's name, set by its constructor).</summary>
internal sealed class Member
{
    public Member(string name, IOperation? value, SyntaxNode nameSyntax, SyntaxNode valueSyntax, bool isMemberInitializer)
    {
        Name = name;
        Value = value;
        NameSyntax = nameSyntax;
        ValueSyntax = valueSyntax;
        IsMemberInitializer = isMemberInitializer;
    }

    public string Name { get; }

    /// <summary>The assigned value, or the nested initializer of <c>Name = { … }</c>; null when not known (half-typed code).</summary>
    public IOperation? Value { get; }

    /// <summary>The member's name on the left of <c>=</c>: where list findings go.</summary>
    public SyntaxNode NameSyntax { get; }

    /// <summary>The value on the right of <c>=</c>: where value findings go.</summary>
    public SyntaxNode ValueSyntax { get; }

    /// <summary><c>Name = { … }</c>: fills the object or collection the member already holds.</summary>
    public bool IsMemberInitializer { get; }

    /// <summary>
    /// What <see cref="ConstantObject"/> read from the value (the nested object, or the list's items), kept: the schema
    /// walk, the CEL rules and the set rules each read the same members again. A member belongs to one reading of one
    /// initializer (<see cref="Members.Read"/>), whose owners agree on whether it is complete, so a reading holds for
    /// every later ask.
    /// </summary>
    internal object? ReadAs { get; set; }

    /// <summary>The value is an object or a collection rather than a scalar.</summary>
    public bool HoldsStructure
        => IsMemberInitializer || (Value is not null && DslOperations.SkipConversions(Value) is Microsoft.CodeAnalysis.Operations.IObjectCreationOperation or Microsoft.CodeAnalysis.Operations.ICollectionExpressionOperation);
}
