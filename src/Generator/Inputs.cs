using EnvoyGateway.Dsl.Generator.Crds;
using EnvoyGateway.Dsl.Generator.Model;
using EnvoyGateway.Dsl.Generator.Naming;
using EnvoyGateway.Dsl.Generator.Releases;

namespace EnvoyGateway.Dsl.Generator;

/// <summary>
/// The generator's inputs under <c>src/Generator/Input</c>: one folder per release (<c>v1.4.6/crds/*.yaml</c>
/// and, when present, <c>v1.4.6/go-type-names.tsv</c>) and the override files.
/// </summary>
internal static class Inputs
{
    public static UnionModel LoadModel(string inputFolder)
    {
        var releases = new ReleaseList(Directory.GetDirectories(inputFolder)
            .Select(d => Release.TryParseFolder(Path.GetFileName(d), out var release) ? release : null)
            .OfType<Release>());

        // The files are independent: read them in parallel, then fold them in a fixed order.
        var files = releases.All
            .SelectMany(r => Directory.GetFiles(Path.Combine(inputFolder, r.Folder, "crds"), "*.yaml").Select(f => (Release: r, File: f)))
            .OrderBy(f => f.File, StringComparer.Ordinal)
            .ToList();
        var crdsPerFile = new IReadOnlyList<Crd>[files.Count];
        Parallel.For(0, files.Count, i => crdsPerFile[i] = CrdReader.ReadFile(files[i].File));

        var crdsByRelease = releases.All.ToDictionary(r => r, r => (IReadOnlyList<Crd>)[.. files.Select((f, i) => (f.Release, Crds: crdsPerFile[i])).Where(f => f.Release == r).SelectMany(f => f.Crds)]);
        var goTypeNames = releases.All.ToDictionary(r => r.Index, r => GoTypeNames.Read(Path.Combine(inputFolder, r.Folder, GoTypeNames.FileName)));
        var namer = new TypeNamer(goTypeNames, NameOverrides.Read(inputFolder));
        return new ModelBuilder(releases, namer).Build(crdsByRelease);
    }
}
