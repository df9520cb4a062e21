namespace EnvoyGateway.Dsl.Tool.Tests;

/// <summary>Generate, compile, emit, compare: the import round trip as one assertion.</summary>
internal static class ImportRunner
{
    /// <summary>
    /// Imports <paramref name="files"/> with <c>egdsl import</c>, builds the code, and asserts that it emits
    /// exactly what the parser reads from the same files. Returns the generated code.
    /// </summary>
    public static string AssertRoundTrip(params string[] files)
    {
        var run = CliRun.Of(["import", .. files]);
        Assert.True(run.ExitCode == 0, run.ToString());
        var expected = new ManifestSet(files.SelectMany(f => ManifestSet.ParseFile(f))).ToYaml();
        var emitted = GeneratedCode.EmitYaml(run.Stdout);
        if (emitted != expected)
        {
            Assert.Fail($"round trip differs at character {FirstDifference(expected, emitted)}\n--- expected\n{expected}\n--- emitted\n{emitted}\n--- code\n{run.Stdout}");
        }

        return run.Stdout;
    }

    /// <summary>
    /// Imports <paramref name="file"/> (any modelled kinds), builds the code, writes the set with the product's
    /// writer for the newest release, and asserts the documents equal the input's modelled ones as data.
    /// </summary>
    public static (string Code, string Stderr) AssertTreeRoundTrip(string file, int expectedDocuments)
    {
        var run = CliRun.Of("import", file);
        Assert.True(run.ExitCode == 0, run.ToString());
        var written = GeneratedCode.Build(run.Stdout, "Manifests.Policies", "Imported", set => YamlDataTree.Write(set, EnvoyGatewayVersion.Newest));
        var expected = YamlDataTree.Documents(File.ReadAllText(file)).Where(d => !d.Contains("\"apiVersion\":\"v1\"", StringComparison.Ordinal)).ToList();
        Assert.Equal(expectedDocuments, expected.Count);
        Assert.Equal(expected, YamlDataTree.Documents(written));
        return (run.Stdout, run.Stderr);
    }

    private static int FirstDifference(string a, string b)
    {
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        return i;
    }
}
