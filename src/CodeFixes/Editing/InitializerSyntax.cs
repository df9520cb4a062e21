using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

namespace EnvoyGateway.Dsl.CodeFixes.Editing;

/// <summary>Finds, adds and removes members of object and collection initializers, keeping the user's layout.</summary>
internal static class InitializerSyntax
{
    /// <summary>The <c>Property = value</c> assignment whose right-hand side is (or contains) <paramref name="node"/>.</summary>
    public static AssignmentExpressionSyntax? AssignmentOfValue(SyntaxNode node)
    {
        for (var current = node; current is not null and not StatementSyntax; current = current.Parent)
        {
            if (current.Parent is AssignmentExpressionSyntax assignment && assignment.Right == current && assignment.Parent is InitializerExpressionSyntax)
            {
                return assignment;
            }
        }

        return null;
    }

    /// <summary>The assignment <c><paramref name="property"/> = …</c> directly in <paramref name="initializer"/>, or null.</summary>
    public static AssignmentExpressionSyntax? FindAssignment(InitializerExpressionSyntax? initializer, string property)
        => initializer?.Expressions
            .OfType<AssignmentExpressionSyntax>()
            .FirstOrDefault(assignment => assignment.Left is IdentifierNameSyntax name && name.Identifier.ValueText == property);

    /// <summary>
    /// Parses a member such as <c>Group = "gateway.networking.k8s.io"</c>. Its layout is set here, not by the
    /// formatter: the formatter's initializer rules would break a one-line <c>Spec = { … }</c> over lines.
    /// </summary>
    public static ExpressionSyntax ParseMember(string text) => SyntaxFactory.ParseExpression(text);

    /// <summary><c>Property = { member }</c>: fills an object that exists from its owner's construction.</summary>
    public static ExpressionSyntax NestedInitializer(string property, ExpressionSyntax member)
    {
        var initializer = SyntaxFactory.InitializerExpression(
            SyntaxKind.ObjectInitializerExpression,
            Bare(SyntaxKind.OpenBraceToken).WithTrailingTrivia(SyntaxFactory.Space),
            SyntaxFactory.SingletonSeparatedList(member.WithTrailingTrivia(SyntaxFactory.Space)),
            Bare(SyntaxKind.CloseBraceToken));
        return SyntaxFactory.AssignmentExpression(
                SyntaxKind.SimpleAssignmentExpression,
                SyntaxFactory.IdentifierName(SyntaxFactory.Identifier(default, property, default)).WithTrailingTrivia(SyntaxFactory.Space),
                Bare(SyntaxKind.EqualsToken).WithTrailingTrivia(SyntaxFactory.Space),
                initializer);
    }

    /// <summary>
    /// Removes an element of an initializer with its comma: the line it stands on in a multi-line
    /// initializer, ", B" or "B, " in a one-line one.
    /// </summary>
    public static void RemoveElement(SyntaxEditor editor, ExpressionSyntax element)
    {
        if (element.Parent is InitializerExpressionSyntax initializer)
        {
            var index = initializer.Expressions.IndexOf(element);
            editor.ReplaceNode(initializer, (current, _) => WithoutElement((InitializerExpressionSyntax)current, index));
        }
    }

    private static InitializerExpressionSyntax WithoutElement(InitializerExpressionSyntax initializer, int index)
    {
        var elements = initializer.Expressions;
        var items = new List<SyntaxNodeOrToken>(elements.GetWithSeparators());
        var position = 2 * index;
        if (index < elements.SeparatorCount)
        {
            // The element, its comma and the comma's trailing trivia (the line break or the space).
            items.RemoveRange(position, 2);
        }
        else if (index > 0)
        {
            // The last element without a trailing comma: the comma before it goes, its trailing trivia stays.
            var previous = items[position - 2];
            var trailing = elements[index].GetTrailingTrivia();
            items.RemoveRange(position - 1, 2);
            items[position - 2] = previous.AsNode()!.WithTrailingTrivia(trailing);
        }
        else
        {
            items.Clear();
        }

        return initializer.WithExpressions(SyntaxFactory.SeparatedList<ExpressionSyntax>(items));
    }

    /// <summary>
    /// Appends <paramref name="member"/> as the last element: on a line of its own with the indentation of
    /// the other elements when the initializer spans lines, else after ", ". A trailing comma stays.
    /// </summary>
    public static InitializerExpressionSyntax AddElement(InitializerExpressionSyntax initializer, ExpressionSyntax member)
    {
        var elements = initializer.Expressions;
        var multiline = initializer.CloseBraceToken.GetPreviousToken().TrailingTrivia.Any(SyntaxKind.EndOfLineTrivia)
            || initializer.CloseBraceToken.LeadingTrivia.Any(SyntaxKind.EndOfLineTrivia);
        var items = new List<SyntaxNodeOrToken>(elements.GetWithSeparators());

        if (elements.Count == 0)
        {
            // The parser reads an empty "{ }" as an object initializer; an element makes it a collection one.
            var kind = member is AssignmentExpressionSyntax ? SyntaxKind.ObjectInitializerExpression : SyntaxKind.CollectionInitializerExpression;
            initializer = SyntaxFactory.InitializerExpression(kind, initializer.OpenBraceToken, initializer.Expressions, initializer.CloseBraceToken);

            if (multiline)
            {
                var indentation = Indentation(initializer.CloseBraceToken.LeadingTrivia).Add(SyntaxFactory.Whitespace("    "));
                items.Add(member.WithLeadingTrivia(indentation));
                items.Add(Bare(SyntaxKind.CommaToken).WithTrailingTrivia(LineBreak(initializer)));
                return initializer.WithExpressions(SyntaxFactory.SeparatedList<ExpressionSyntax>(items));
            }

            return initializer
                .WithOpenBraceToken(initializer.OpenBraceToken.WithTrailingTrivia(SyntaxFactory.Space))
                .WithExpressions(SyntaxFactory.SingletonSeparatedList(member.WithTrailingTrivia(SyntaxFactory.Space)))
                .WithCloseBraceToken(initializer.CloseBraceToken.WithLeadingTrivia());
        }

        var last = elements[elements.Count - 1];
        var hasTrailingComma = elements.SeparatorCount == elements.Count;
        if (multiline)
        {
            var indentedMember = member.WithLeadingTrivia(Indentation(last.GetLeadingTrivia()));
            if (hasTrailingComma)
            {
                var lastComma = elements.GetSeparator(elements.Count - 1);
                items.Add(indentedMember);
                items.Add(Bare(SyntaxKind.CommaToken).WithTrailingTrivia(lastComma.TrailingTrivia));
            }
            else
            {
                items[items.Count - 1] = last.WithoutTrailingTrivia();
                items.Add(Bare(SyntaxKind.CommaToken).WithTrailingTrivia(last.GetTrailingTrivia()));
                items.Add(indentedMember.WithTrailingTrivia(LineBreak(initializer)));
            }

            return initializer.WithExpressions(SyntaxFactory.SeparatedList<ExpressionSyntax>(items));
        }

        if (hasTrailingComma)
        {
            // "{ A = 1, }" becomes "{ A = 1, B = 2 }".
            items.Add(member.WithTrailingTrivia(SyntaxFactory.Space));
            return initializer
                .WithExpressions(SyntaxFactory.SeparatedList<ExpressionSyntax>(items))
                .WithCloseBraceToken(initializer.CloseBraceToken.WithLeadingTrivia());
        }

        items[items.Count - 1] = last.WithoutTrailingTrivia();
        items.Add(Bare(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space));
        items.Add(member.WithTrailingTrivia(last.GetTrailingTrivia()));
        return initializer.WithExpressions(SyntaxFactory.SeparatedList<ExpressionSyntax>(items));
    }

    /// <summary><c>new X(…)</c> becomes <c>new X(…) { member }</c>; an existing initializer gets the member appended.</summary>
    public static BaseObjectCreationExpressionSyntax AddToInitializer(BaseObjectCreationExpressionSyntax creation, ExpressionSyntax member)
    {
        if (creation.Initializer is { } initializer)
        {
            return creation.WithInitializer(AddElement(initializer, member));
        }

        var newInitializer = SyntaxFactory.InitializerExpression(
            SyntaxKind.ObjectInitializerExpression,
            Bare(SyntaxKind.OpenBraceToken).WithLeadingTrivia(SyntaxFactory.Space).WithTrailingTrivia(SyntaxFactory.Space),
            SyntaxFactory.SingletonSeparatedList(member.WithTrailingTrivia(SyntaxFactory.Space)),
            Bare(SyntaxKind.CloseBraceToken).WithTrailingTrivia(creation.GetTrailingTrivia()));
        return creation.WithoutTrailingTrivia().WithInitializer(newInitializer);
    }

    /// <summary>A token without the elastic trivia of <c>SyntaxFactory.Token</c>, which code-action cleanup would reformat.</summary>
    private static SyntaxToken Bare(SyntaxKind kind) => SyntaxFactory.Token(default, kind, default);

    /// <summary>The line break the initializer already uses, so a fix never mixes line endings.</summary>
    private static SyntaxTrivia LineBreak(InitializerExpressionSyntax initializer)
    {
        foreach (var trivia in initializer.DescendantTrivia())
        {
            if (trivia.IsKind(SyntaxKind.EndOfLineTrivia))
            {
                return trivia;
            }
        }

        return SyntaxFactory.EndOfLine("\n");
    }

    /// <summary>The whitespace after the last line break of a leading trivia list.</summary>
    private static SyntaxTriviaList Indentation(SyntaxTriviaList leading)
    {
        var start = 0;
        for (var i = 0; i < leading.Count; i++)
        {
            if (leading[i].IsKind(SyntaxKind.EndOfLineTrivia))
            {
                start = i + 1;
            }
        }

        return SyntaxFactory.TriviaList(leading.Skip(start).Where(trivia => trivia.IsKind(SyntaxKind.WhitespaceTrivia)));
    }
}
