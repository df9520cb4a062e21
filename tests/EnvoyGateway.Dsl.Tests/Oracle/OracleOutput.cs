namespace EnvoyGateway.Dsl.Tests.Oracle;

/// <summary>Loads the jsonnet outputs of Fixtures/oracle and our YAML as <see cref="Tree"/> values.</summary>
internal static class OracleOutput
{
    public const string Folder = "oracle";

    /// <summary>The JSON jsonnet rendered for <paramref name="program"/> (e.g. <c>01_new_targetref</c>).</summary>
    public static object? Json(string program) => Tree.FromJson(Fixture.Read(Folder, program + ".json"));

    /// <summary>One named case of a program whose output is an object of cases (03, 06, 07).</summary>
    public static object? Case(string program, string name)
    {
        var value = Tree.At(Json(program), name);
        Assert.False(ReferenceEquals(value, Tree.Missing), $"{program}.json has no case '{name}'");
        return value;
    }

    public static IReadOnlyCollection<string> CaseNames(string program)
        => Assert.IsType<SortedDictionary<string, object?>>(Json(program)).Keys;

    /// <summary>The <c>items</c> of a v1 List output (04, 08), after checking it is one.</summary>
    public static List<object?> ListItems(string program)
    {
        var list = Json(program);
        Assert.Equal("v1", Tree.At(list, "apiVersion"));
        Assert.Equal("List", Tree.At(list, "kind"));
        return Assert.IsType<List<object?>>(Tree.At(list, "items"));
    }

    /// <summary>Our resource, serialised with <see cref="KubernetesObject.ToYaml"/> and loaded back.</summary>
    public static object? Ours(KubernetesObject resource) => Tree.FromYamlDocument(resource.ToYaml());

    /// <summary>Our set, serialised with <see cref="ManifestSet.ToYaml"/> and loaded back, one tree per document.</summary>
    public static List<object?> Ours(ManifestSet set) => Tree.FromYamlStream(set.ToYaml());
}
