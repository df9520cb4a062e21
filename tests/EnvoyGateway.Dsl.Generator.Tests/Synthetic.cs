using EnvoyGateway.Dsl.Generator.Crds;
using EnvoyGateway.Dsl.Generator.Model;
using EnvoyGateway.Dsl.Generator.Naming;
using EnvoyGateway.Dsl.Generator.Releases;

namespace EnvoyGateway.Dsl.Generator.Tests;

/// <summary>Small hand-written CRDs folded by the real builder, to pin the folding rules one at a time.</summary>
internal static class Synthetic
{
    /// <summary>A CRD of kind Widget (group example.envoyproxy.io, version v1alpha1) whose spec is <paramref name="specYaml"/> (indented as under <c>spec:</c>).</summary>
    public static string Crd(string specYaml, string kind = "Widget", string group = "gateway.envoyproxy.io", string version = "v1alpha1")
    {
        var indented = string.Join("\n", specYaml.Trim('\n').Split('\n').Select(l => "              " + l));
        return $"""
            apiVersion: apiextensions.k8s.io/v1
            kind: CustomResourceDefinition
            metadata:
              name: {kind.ToLowerInvariant()}s.{group}
            spec:
              group: {group}
              names:
                kind: {kind}
                plural: {kind.ToLowerInvariant()}s
              scope: Namespaced
              versions:
              - name: {version}
                served: true
                storage: true
                schema:
                  openAPIV3Schema:
                    type: object
                    properties:
                      apiVersion:
                        type: string
                      kind:
                        type: string
                      metadata:
                        type: object
                      spec:
            {indented}
            """;
    }

    /// <summary>Folds one CRD text per release folder (e.g. "v0.6.0") into a model.</summary>
    public static UnionModel Build(
        IReadOnlyList<(string Folder, string Crd)> releases,
        string[]? typeNameOverrides = null,
        string[]? propertyOverrides = null,
        IReadOnlyDictionary<string, string[]>? goTypeNames = null)
    {
        var list = new ReleaseList(releases.Select(r => Release.TryParseFolder(r.Folder, out var release) ? release! : throw new ArgumentException(r.Folder)));
        var crds = list.All.ToDictionary(r => r, r => CrdReader.Read(new StringReader(releases.Single(x => x.Folder == r.Folder).Crd), r.Folder));
        var names = list.All.ToDictionary(
            r => r.Index,
            r => goTypeNames is not null && goTypeNames.TryGetValue(r.Folder, out var rows)
                ? GoTypeNames.Parse(["crd\tversion\tpath\tgoType", .. rows], r.Folder)
                : GoTypeNames.Empty);
        var namer = new TypeNamer(names, NameOverrides.Parse(typeNameOverrides ?? [], propertyOverrides ?? []));
        return new ModelBuilder(list, namer).Build(crds);
    }
}
