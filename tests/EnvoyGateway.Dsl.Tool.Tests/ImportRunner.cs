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
