using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

namespace EnvoyGateway.Dsl.CodeFixes.Editing;

/// <summary>
/// Where the members of one DSL object are written: its creation (<c>new() { … }</c>, with or without an
/// initializer), a nested initializer (<c>Metadata = { … }</c>), or, when neither exists yet, the creation
/// of its owner, to which a nested initializer is added (<c>new BackendTrafficPolicy("x") { Metadata = { … } }</c>).
/// </summary>
internal sealed class InitializerTarget
{
    private readonly BaseObjectCreationExpressionSyntax? _creation;
    private readonly InitializerExpressionSyntax? _nestedInitializer;
    private readonly string? _ownerProperty;
    private readonly ITypeSymbol? _type;

    private InitializerTarget(BaseObjectCreationExpressionSyntax? creation, InitializerExpressionSyntax? nestedInitializer, string? ownerProperty, ITypeSymbol? type)
    {
        _creation = creation;
        _nestedInitializer = nestedInitializer;
        _ownerProperty = ownerProperty;
        _type = type;
    }

    /// <summary>Whether the object's <paramref name="property"/> holds a string.</summary>
    public bool IsStringProperty(string property)
        => _type is not null && AllProperties(_type).FirstOrDefault(candidate => candidate.Name == property)?.Type.SpecialType == SpecialType.System_String;

    /// <summary>The object's initializer; null when it has none yet.</summary>
    public InitializerExpressionSyntax? Initializer => _ownerProperty is null ? _nestedInitializer ?? _creation?.Initializer : null;

    /// <summary>
    /// The target for an object of type <paramref name="objectType"/> (simple name), starting at the diagnostic's
    /// node: the nearest enclosing creation of that type or nested initializer assigned to a property of that
    /// type; from a creation of another type, a nested initializer of that type inside it, or the property to add.
    /// </summary>
    public static InitializerTarget? Find(SyntaxNode located, string objectType, SemanticModel model, CancellationToken cancellationToken)
    {
        for (var node = located; node is not null and not StatementSyntax; node = node.Parent)
        {
            switch (node)
            {
                case AssignmentExpressionSyntax { Right: InitializerExpressionSyntax nested } assignment
                    when AssignedType(assignment, model, cancellationToken) is { } assigned && assigned.Name == objectType:
                    return new InitializerTarget(null, nested, null, assigned);
                case BaseObjectCreationExpressionSyntax creation:
                    var type = model.GetTypeInfo(creation, cancellationToken).Type;
                    if (type is null)
                    {
                        return null;
                    }

                    if (type.Name == objectType)
                    {
                        return new InitializerTarget(creation, null, null, type);
                    }

                    return FindInside(creation, type, objectType, model, cancellationToken);
            }
        }

        return null;
    }

    /// <summary>The assignment <c><paramref name="property"/> = …</c> in the object's initializer, or null.</summary>
    public AssignmentExpressionSyntax? FindAssignment(string property) => InitializerSyntax.FindAssignment(Initializer, property);

    /// <summary>Adds <paramref name="memberText"/> (<c>Name = value</c>) to the object's initializer.</summary>
    public void AddMember(SyntaxEditor editor, string memberText)
    {
        if (_ownerProperty is not null)
        {
            var nested = InitializerSyntax.NestedInitializer(_ownerProperty, InitializerSyntax.ParseMember(memberText));
            editor.ReplaceNode(_creation!, (current, _) => InitializerSyntax.AddToInitializer((BaseObjectCreationExpressionSyntax)current, nested));
        }
        else if (_nestedInitializer is not null)
        {
            editor.ReplaceNode(_nestedInitializer, (current, _) => InitializerSyntax.AddElement((InitializerExpressionSyntax)current, InitializerSyntax.ParseMember(memberText)));
        }
        else
        {
            editor.ReplaceNode(_creation!, (current, _) => InitializerSyntax.AddToInitializer((BaseObjectCreationExpressionSyntax)current, InitializerSyntax.ParseMember(memberText)));
        }
    }

    private static InitializerTarget? FindInside(BaseObjectCreationExpressionSyntax creation, ITypeSymbol creationType, string objectType, SemanticModel model, CancellationToken cancellationToken)
    {
        var nested = creation.Initializer?.DescendantNodes(node => node is not BaseObjectCreationExpressionSyntax)
            .OfType<AssignmentExpressionSyntax>()
            .FirstOrDefault(assignment => assignment.Right is InitializerExpressionSyntax && AssignedType(assignment, model, cancellationToken)?.Name == objectType);
        if (nested is not null)
        {
            return new InitializerTarget(null, (InitializerExpressionSyntax)nested.Right, null, AssignedType(nested, model, cancellationToken));
        }

        // Only a property that exists from construction (non-nullable: Metadata, Spec) can take a nested initializer.
        var ownerProperty = AllProperties(creationType).FirstOrDefault(property =>
            property.Type.Name == objectType && property.GetMethod is not null && property.NullableAnnotation != NullableAnnotation.Annotated);
        return ownerProperty is null ? null : new InitializerTarget(creation, null, ownerProperty.Name, ownerProperty.Type);
    }

    private static ITypeSymbol? AssignedType(AssignmentExpressionSyntax assignment, SemanticModel model, CancellationToken cancellationToken)
        => (model.GetSymbolInfo(assignment.Left, cancellationToken).Symbol as IPropertySymbol)?.Type;

    private static System.Collections.Generic.IEnumerable<IPropertySymbol> AllProperties(ITypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var property in current.GetMembers().OfType<IPropertySymbol>())
            {
                yield return property;
            }
        }
    }
}
