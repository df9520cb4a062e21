using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace EnvoyGateway.Dsl.Analyzers.Walking;

/// <summary>
/// How the DSL's initializers look as operations: which creation is a root the analyzers start from,
/// which roots are complete, and where a creation's squiggle goes.
/// </summary>
internal static class DslOperations
{
    public static IOperation SkipConversions(IOperation operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    /// <summary>The first parent that is not a conversion of <paramref name="operation"/>.</summary>
    public static IOperation? ParentSkippingConversions(IOperation operation)
    {
        var parent = operation.Parent;
        while (parent is IConversionOperation)
        {
            parent = parent.Parent;
        }

        return parent;
    }

    /// <summary>
    /// True when the walk of an enclosing DSL part reaches <paramref name="operation"/> (a property value or
    /// list element inside its initializer), so analysing it again would report twice. Mirrors what
    /// <see cref="InitializedObject"/> reads.
    /// </summary>
    public static bool IsWalkedByEnclosingPart(IOperation operation, DslTypes types)
    {
        var parent = ParentSkippingConversions(operation);
        switch (parent)
        {
            case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: false }, Parent: IObjectOrCollectionInitializerOperation initializer }:
                return IsPartInitializer(initializer, types);
            case IArgumentOperation { Parent: IInvocationOperation { IsImplicit: true, Arguments.Length: 1, Parent: IObjectOrCollectionInitializerOperation initializer } }:
                return IsListOfWalkedPart(initializer, types);
            case ICollectionExpressionOperation collection:
                return IsBeforeFirstSpread(collection, operation) && IsWalkedByEnclosingPart(collection, types);
            default:
                return false;
        }
    }

    /// <summary>
    /// A root is complete, so an unassigned member is really absent, when nothing can set it later: it is
    /// returned (also from an expression-bodied member), initialises a property or field, or is an element
    /// of a ManifestSet's initializer or collection expression.
    /// </summary>
    public static bool IsComplete(IOperation root, DslTypes types)
        => ParentSkippingConversions(root) switch
        {
            IReturnOperation or IPropertyInitializerOperation or IFieldInitializerOperation => true,
            IArgumentOperation { Parent: IInvocationOperation { IsImplicit: true, Parent: IObjectOrCollectionInitializerOperation initializer } } => types.IsManifestSet(initializer.Type),
            ICollectionExpressionOperation collection => types.IsManifestSet(collection.Type),
            _ => false,
        };

    /// <summary>The elements of a collection expression up to the first spread (after it, indexes are unknown).</summary>
    public static IEnumerable<IOperation> ElementsBeforeSpread(ICollectionExpressionOperation collection)
    {
        foreach (var element in collection.Elements)
        {
            if (element is ISpreadOperation)
            {
                yield break;
            }

            yield return element;
        }
    }

    /// <summary>The squiggle of a creation: <c>new Type(args)</c> without its initializer (<c>new()</c> for target-typed).</summary>
    public static Location CreationLocation(IOperation creation)
    {
        var syntax = creation.Syntax;
        var span = syntax switch
        {
            ObjectCreationExpressionSyntax explicitNew => TextSpan.FromBounds(explicitNew.NewKeyword.SpanStart, explicitNew.ArgumentList?.Span.End ?? explicitNew.Type.Span.End),
            ImplicitObjectCreationExpressionSyntax implicitNew => TextSpan.FromBounds(implicitNew.NewKeyword.SpanStart, implicitNew.ArgumentList.Span.End),
            _ => syntax.Span,
        };
        return Location.Create(syntax.SyntaxTree, span);
    }

    private static bool IsPartInitializer(IObjectOrCollectionInitializerOperation initializer, DslTypes types)
        => initializer.Parent switch
        {
            IObjectCreationOperation creation => types.PartOf(creation.Type) is not null,
            IMemberInitializerOperation { Parent: IObjectOrCollectionInitializerOperation outer } member => types.PartOf(member.Type) is not null && IsPartInitializer(outer, types),
            _ => false,
        };

    private static bool IsListOfWalkedPart(IObjectOrCollectionInitializerOperation initializer, DslTypes types)
        => initializer.Parent switch
        {
            IMemberInitializerOperation { Parent: IObjectOrCollectionInitializerOperation outer } => IsPartInitializer(outer, types),
            IObjectCreationOperation { Arguments.Length: 0 } list => !types.IsManifestSet(list.Type) && IsWalkedByEnclosingPart(list, types),
            _ => false,
        };

    private static bool IsBeforeFirstSpread(ICollectionExpressionOperation collection, IOperation element)
    {
        foreach (var candidate in ElementsBeforeSpread(collection))
        {
            if (candidate == element || SkipConversions(candidate) == SkipConversions(element))
            {
                return true;
            }
        }

        return false;
    }
}
