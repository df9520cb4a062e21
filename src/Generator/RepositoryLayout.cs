namespace EnvoyGateway.Dsl.Generator;

/// <summary>Where the generator reads and writes, relative to the repository root (the folder holding Dsl.sln).</summary>
internal sealed record RepositoryLayout(string Root)
{
    public string InputFolder => Path.Combine(Root, "src", "Generator", "Input");

    public static RepositoryLayout Find(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Dsl.sln")))
            {
                return new RepositoryLayout(directory.FullName);
            }
        }

        throw new GenerationException($"No Dsl.sln above '{start}': run the generator inside the repository.");
    }
}
