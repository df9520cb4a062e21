namespace EnvoyGateway.Dsl.Tool.Tests;

/// <summary>A folder under the temp directory, deleted on dispose; tests write their YAML inputs here.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = Directory.CreateTempSubdirectory("egdsl-tests-").FullName;
    }

    public string Path { get; }

    /// <summary>Writes <paramref name="text"/> to <paramref name="relativePath"/> (LF line ends) and returns the full path.</summary>
    public string Write(string relativePath, string text)
    {
        var path = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ReplaceLineEndings("\n"));
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A tool process may still hold a file on Windows; the temp folder is cleaned eventually.
        }
    }
}
