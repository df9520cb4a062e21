using EnvoyGateway.Dsl.Analyzers.Walking;
using EnvoyGateway.Dsl.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace EnvoyGateway.Dsl.Analyzers.Sets;

/// <summary>
/// The objects a compilation declares that references can point at (Gateways, routes, Backends, grants …),
/// gathered once per compilation from every file, so that a policy's squiggle appears in the file being edited.
/// The project is the set at edit time; a helper that creates objects from its parameters declares one per call
/// with constant arguments (<see cref="HelperCalls"/>). To stay silent where the build may see more, a kind whose
/// name or namespace is not known somewhere takes no part in "not found" (in that namespace, or at all), a grant
/// that is not all constants silences EG4009 in its namespace, and a project that reads manifests from YAML
/// (ManifestSet.Parse, ParseFile, Read, ReadFile) or references another library built on the DSL gets no
/// reference findings at all.
/// </summary>
internal sealed class DeclaredObjects
{
    internal static readonly HashSet<string> YamlReaders = new(StringComparer.Ordinal) { "Parse", "ParseFile", "Read", "ReadFile" };

    private readonly HashSet<string> _grantsNotKnownIn;

    private DeclaredObjects(SetIndex index, HashSet<string> grantsNotKnownIn)
    {
        Index = index;
        _grantsNotKnownIn = grantsNotKnownIn;
    }

    public SetIndex Index { get; }

    /// <summary>Whether the grants of <paramref name="namespace"/> are all known, so a missing permission is certain.</summary>
    public bool GrantsKnownIn(string @namespace) => !_grantsNotKnownIn.Contains(@namespace);

    public static DeclaredObjects Build(Compilation compilation, DslTypes types, CancellationToken cancellationToken)
    {
        var declared = new Dictionary<(string Group, string Kind, string Namespace, string Name), SetObject>();
        var anyName = new HashSet<(string Group, string Kind, string Namespace)>();
        var anyNamespace = new HashSet<(string Group, string Kind)>();
        var grantsNotKnownIn = new HashSet<string>(StringComparer.Ordinal);
        if (ReferencesAnotherDslLibrary(compilation, types))
        {
            return new DeclaredObjects(new SetIndex([]), grantsNotKnownIn);
        }

        var typeNames = TypeNames(compilation, cancellationToken);
        var helpers = new HelperCalls(compilation);
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (!CandidateText.MayDeclare(tree.GetText(cancellationToken), typeNames, cancellationToken))
            {
                continue;
            }

            var candidates = new List<SyntaxNode>();
            foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes())
            {
                if (IsCandidate(node, typeNames))
                {
                    candidates.Add(node);
                }
                else if (ReadsYaml(node))
                {
                    return new DeclaredObjects(new SetIndex([]), grantsNotKnownIn);
                }
            }

            if (candidates.Count == 0)
            {
                continue;
            }

            // The index spans every file, which only the compilation's semantic models can see.
#pragma warning disable RS1030 // Do not invoke Compilation.GetSemanticModel() method within a diagnostic analyzer
            var model = compilation.GetSemanticModel(tree);
#pragma warning restore RS1030
            foreach (var candidate in candidates)
            {
                if (model.GetOperation(candidate, cancellationToken) is not IObjectCreationOperation creation
                    || types.Kinds.Of(creation.Type) is not { } kind || !SetKinds.Referable.Contains(kind.Kind))
                {
                    continue;
                }

                var complete = DslOperations.IsComplete(creation, types);
                var item = ConstantSetObjects.Read(creation, kind.Group, kind.Kind, complete, index: 0, out var uncertainty, out var knownNamespace);
                if (item is null && helpers.Identities(creation, ConstantObject.FromCreation(creation, complete), cancellationToken) is { } identities)
                {
                    // A helper's objects: their identities from its calls; their contents take no part (they depend on its parameters).
                    foreach (var (objectNamespace, objectName) in identities)
                    {
                        Declare(new SetObject(0, kind.Group, kind.Kind, objectNamespace, objectName) { LabelsKnown = false });
                    }

                    continue;
                }

                if (item is null)
                {
                    if (uncertainty == Uncertainty.Name && knownNamespace is { } @namespace)
                    {
                        anyName.Add((kind.Group, kind.Kind, @namespace));
                    }
                    else
                    {
                        anyNamespace.Add((kind.Group, kind.Kind));
                    }

                    continue;
                }

                Declare(item);
            }
        }

        void Declare(SetObject item)
        {
            if (item.Kind == SetKinds.ReferenceGrant && item.Grant is null)
            {
                grantsNotKnownIn.Add(item.Namespace);
            }

            var identity = (item.Group, item.Kind, item.Namespace, item.Name);
            declared[identity] = declared.TryGetValue(identity, out var first) ? Shell(first) : item;
        }

        var objects = new List<SetObject>(declared.Count);
        foreach (var item in declared.Values)
        {
            if (!anyNamespace.Contains((item.Group, item.Kind)) && !anyName.Contains((item.Group, item.Kind, item.Namespace)))
            {
                objects.Add(item);
            }
        }

        return new DeclaredObjects(new SetIndex(objects), grantsNotKnownIn);
    }

    /// <summary>
    /// Whether the project references a library that itself uses the DSL: its objects (a team's shared routes)
    /// can be in the sets but not in this compilation's syntax, so nothing is certainly "not found".
    /// </summary>
    private static bool ReferencesAnotherDslLibrary(Compilation compilation, DslTypes types)
    {
        var dsl = types.ManifestSet.ContainingAssembly;
        foreach (var reference in compilation.References)
        {
            if (compilation.GetAssemblyOrModuleSymbol(reference) is IAssemblySymbol assembly && !SymbolEqualityComparer.Default.Equals(assembly, dsl))
            {
                foreach (var module in assembly.Modules)
                {
                    foreach (var referenced in module.ReferencedAssemblies)
                    {
                        if (referenced.Name == dsl.Name)
                        {
                            return true;
                        }
                    }
                }
            }
        }

        return false;
    }

    /// <summary>The names a referable kind is created by: its own, and every using alias of it (<c>using GatewayObject = …Gateway;</c>).</summary>
    private static HashSet<string> TypeNames(Compilation compilation, CancellationToken cancellationToken)
    {
        var names = new HashSet<string>(SetKinds.Referable, StringComparer.Ordinal);
        foreach (var tree in compilation.SyntaxTrees)
        {
            foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes(node => node is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax))
            {
                if (node is UsingDirectiveSyntax { Alias: { } alias, NamespaceOrType: { } target } && SetKinds.Referable.Contains(RightmostName(target)))
                {
                    names.Add(alias.Name.Identifier.ValueText);
                }
            }
        }

        return names;
    }

    /// <summary>An explicit creation of a referable kind, or a target-typed one with arguments (a kind's constructor takes its name).</summary>
    internal static bool IsCandidate(SyntaxNode node, HashSet<string> typeNames)
        => node switch
        {
            ObjectCreationExpressionSyntax explicitNew => typeNames.Contains(RightmostName(explicitNew.Type)),
            ImplicitObjectCreationExpressionSyntax implicitNew => implicitNew.ArgumentList.Arguments.Count > 0,
            _ => false,
        };

    /// <summary><c>ManifestSet.Parse(…)</c> and its siblings: objects the compilation cannot see.</summary>
    internal static bool ReadsYaml(SyntaxNode node)
        => node is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access }
            && YamlReaders.Contains(access.Name.Identifier.ValueText)
            && RightmostName(access.Expression) == "ManifestSet";

    private static string RightmostName(SyntaxNode type)
        => type switch
        {
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            _ => "",
        };

    /// <summary>Two declarations of one identity (one per environment, say): known by identity, their contents not relied on.</summary>
    private static SetObject Shell(SetObject first)
        => new(first.Index, first.Group, first.Kind, first.Namespace, first.Name, first.Origin) { LabelsKnown = false };
}
