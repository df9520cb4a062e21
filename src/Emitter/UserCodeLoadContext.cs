using System.Reflection;
using System.Runtime.Loader;

namespace EnvoyGateway.Dsl.Emitter;

/// <summary>
/// Loads the project's assembly (from bytes, so no file stays locked) and its dependencies from the
/// references MSBuild resolved. EnvoyGateway.Dsl itself resolves to the emitter's own copy, so the
/// project's <see cref="ManifestSet"/> is the very type the emitter reads.
/// </summary>
internal sealed class UserCodeLoadContext : AssemblyLoadContext
{
    private static readonly Assembly Dsl = typeof(ManifestSet).Assembly;
    private readonly Dictionary<string, string> _references = new(StringComparer.OrdinalIgnoreCase);

    public UserCodeLoadContext(IEnumerable<string> referencePaths)
        : base("EnvoyGateway.Dsl user code")
    {
        foreach (var path in referencePaths)
        {
            var name = Path.GetFileNameWithoutExtension(path);
            // The first path wins: the targets list implementation assemblies before compile references.
            if (path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)
                && !name.EndsWith(".resources", StringComparison.OrdinalIgnoreCase)
                && File.Exists(path))
            {
                _references.TryAdd(name, path);
            }
        }
    }

    /// <summary>Loads <paramref name="assemblyPath"/> and its portable PDB (for file:line in stack traces) from memory.</summary>
    public Assembly LoadUserAssembly(string assemblyPath)
    {
        using var image = new MemoryStream(File.ReadAllBytes(assemblyPath));
        var pdbPath = Path.ChangeExtension(assemblyPath, ".pdb");
        using var symbols = File.Exists(pdbPath) ? new MemoryStream(File.ReadAllBytes(pdbPath)) : null;
        return LoadFromStream(image, symbols);
    }

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (string.Equals(assemblyName.Name, Dsl.GetName().Name, StringComparison.OrdinalIgnoreCase))
        {
            return Dsl;
        }

        // Unknown names (the shared framework) fall back to the default context.
        return assemblyName.Name is { } name && _references.TryGetValue(name, out var path) ? LoadFromAssemblyPath(path) : null;
    }
}
