using System.Diagnostics;
using EnvoyGateway.Dsl.Generator;

// dotnet run --project src/Generator            regenerate every output file
// dotnet run --project src/Generator -- --check  exit 1, listing the files a run would change
// dotnet run --project src/Generator -- --summary  also print the model's counts
var check = args.Contains("--check");
var summary = args.Contains("--summary");
if (args.Any(a => a is not "--check" and not "--summary"))
{
    Console.Error.WriteLine("usage: dotnet run --project src/Generator [-- --check] [--summary]");
    return 2;
}

try
{
    var stopwatch = Stopwatch.StartNew();
    var layout = RepositoryLayout.Find(Directory.GetCurrentDirectory());
    var model = Inputs.LoadModel(layout.InputFolder);
    if (summary)
    {
        Console.WriteLine(ModelSummary.Describe(model));
    }

    var output = Generation.Emit(model, layout);
    if (check)
    {
        var drifted = output.Drifted(layout.Root);
        foreach (var path in drifted)
        {
            Console.Error.WriteLine($"drifted: {path}");
        }

        Console.WriteLine(drifted.Count == 0
            ? $"{output.Files.Count} generated files are up to date ({stopwatch.ElapsedMilliseconds} ms)."
            : $"{drifted.Count} generated files differ from a fresh run: run `dotnet run --project src/Generator`.");
        return drifted.Count == 0 ? 0 : 1;
    }

    var written = output.Write(layout.Root);
    Console.WriteLine($"{output.Files.Count} files generated, {written} changed ({stopwatch.ElapsedMilliseconds} ms).");
    return 0;
}
catch (GenerationException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 1;
}
