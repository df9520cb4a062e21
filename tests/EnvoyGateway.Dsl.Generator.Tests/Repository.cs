using System.Reflection;
using EnvoyGateway.Dsl.Generator.Model;

namespace EnvoyGateway.Dsl.Generator.Tests;

/// <summary>
/// The repository these tests were built from, and its model: read once per test run (the CRDs of every
/// release are ~29 MB of YAML), shared by every test that needs the real inputs.
/// </summary>
internal static class Repository
{
    public static RepositoryLayout Layout { get; } = new(typeof(Repository).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value ?? throw new InvalidOperationException("RepositoryRoot is not set."));

    private static readonly Lazy<UnionModel> LazyModel = new(() => Inputs.LoadModel(Layout.InputFolder));

    public static UnionModel Model => LazyModel.Value;
}
