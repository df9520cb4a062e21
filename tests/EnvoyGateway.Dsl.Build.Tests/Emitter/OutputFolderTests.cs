using System.Text;
using EnvoyGateway.Dsl.Emitter;

namespace EnvoyGateway.Dsl.Build.Tests.Emitter;

public sealed class OutputFolderTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "egdsl-output-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static PlannedFile File(string set, string name, string content) => new(set, name, Encoding.UTF8.GetBytes(content));

    /// <summary>Resource files of different sizes in each set, then the set's kustomization.yaml.</summary>
    private static List<PlannedFile> ManyFiles(string[] sets, int perSet)
        => sets.SelectMany(set => Enumerable.Range(0, perSet)
                .Select(i => File(set, $"backendtrafficpolicy_shop_p-{i:D5}.yaml", $"kind: BackendTrafficPolicy\nmetadata:\n  name: p-{i:D5}\n" + new string('#', i % 97) + "\n"))
                .Append(File(set, "kustomization.yaml", $"resources: {perSet}\n")))
            .ToList();

    private string PathOf(string relative) => Path.Combine(_root, relative.Replace('/', Path.DirectorySeparatorChar));

    [Fact]
    public void WritesEveryFileAndARecordOfThem()
    {
        var result = new OutputFolder(_root).Write([File("Prod", "a.yaml", "a: 1\n"), File("Prod", "kustomization.yaml", "k\n")]);

        Assert.Equal(new WriteResult(1, 0, 0), result);
        Assert.Equal("a: 1\n", System.IO.File.ReadAllText(PathOf("Prod/a.yaml")));
        Assert.Equal(["Prod/a.yaml", "Prod/kustomization.yaml"], WriteRecord.Parse(System.IO.File.ReadAllText(PathOf(".egdsl-files"))).Select(e => e.Path));
    }

    [Fact]
    public void IntoAnEmptyFolder_WritesEveryFileOfEverySetWithItsExactBytes_AndRecordsItsSizeAndTime()
    {
        var planned = ManyFiles(["Prod", "Canary", "Staging"], 700);

        var result = new OutputFolder(_root).Write(planned);

        Assert.Equal(new WriteResult(planned.Count - 3, 0, 0), result);
        foreach (var file in planned)
        {
            Assert.Equal(file.Content, System.IO.File.ReadAllBytes(PathOf(file.RelativePath)));
        }

        var record = WriteRecord.Parse(System.IO.File.ReadAllText(PathOf(".egdsl-files")));
        Assert.Equal(planned.Select(f => f.RelativePath).Order(StringComparer.Ordinal), record.Select(e => e.Path));
        foreach (var entry in record)
        {
            // The size and time recorded are the file's own: the next run knows it unchanged without reading it.
            var info = new FileInfo(PathOf(entry.Path));
            Assert.Equal((info.Length, info.LastWriteTimeUtc.Ticks), (entry.Length, entry.LastWriteTicks));
            Assert.Equal(RecordEntry.HashOf(System.IO.File.ReadAllBytes(info.FullName)), entry.Hash);
        }

        Assert.Equal(planned.Count + 1, Directory.GetFiles(_root, "*", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public void ManyFilesCheckedInParallel_GiveTheSameFilesAndRecordEveryTime()
    {
        var planned = ManyFiles(["Prod", "Staging"], 1500);
        string? first = null;
        for (var run = 0; run < 5; run++)
        {
            Dispose();
            new OutputFolder(_root).Write(planned);

            // Everything but the write times, which differ from run to run.
            var files = string.Join("\n", Directory.GetFiles(_root, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(_root, f) + " " + RecordEntry.HashOf(System.IO.File.ReadAllBytes(f)))
                .Where(line => !line.StartsWith(".egdsl-files", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal));
            var record = string.Join("\n", WriteRecord.Parse(System.IO.File.ReadAllText(PathOf(".egdsl-files"))).Select(e => $"{e.Path} {e.Hash} {e.Length}"));
            first ??= files + "\n--\n" + record;
            Assert.Equal(first, files + "\n--\n" + record);
        }
    }

    [Fact]
    public void ASecondRunOverManyFiles_FindsAllUnchangedAndTouchesNone()
    {
        var planned = ManyFiles(["Prod", "Staging"], 1000);
        var folder = new OutputFolder(_root);
        folder.Write(planned);
        var before = Directory.GetFiles(_root, "*.yaml", SearchOption.AllDirectories).ToDictionary(f => f, System.IO.File.GetLastWriteTimeUtc);

        var result = folder.Write(planned);

        Assert.Equal(new WriteResult(0, planned.Count - 2, 0), result);
        Assert.Equal(before, Directory.GetFiles(_root, "*.yaml", SearchOption.AllDirectories).ToDictionary(f => f, System.IO.File.GetLastWriteTimeUtc));
    }

    [Fact]
    public void AFileThatAlreadyHoldsTheBytesIsNotRewritten_EvenWithoutARecord()
    {
        Directory.CreateDirectory(PathOf("Prod"));
        System.IO.File.WriteAllText(PathOf("Prod/a.yaml"), "a: 1\n");
        var before = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        System.IO.File.SetLastWriteTimeUtc(PathOf("Prod/a.yaml"), before);

        var result = new OutputFolder(_root).Write([File("Prod", "a.yaml", "a: 1\n"), File("Prod", "b.yaml", "b: 1\n")]);

        Assert.Equal(new WriteResult(1, 1, 0), result);
        Assert.Equal(before, System.IO.File.GetLastWriteTimeUtc(PathOf("Prod/a.yaml")));
        Assert.Equal("b: 1\n", System.IO.File.ReadAllText(PathOf("Prod/b.yaml")));
    }

    [Fact]
    public void AFailedWriteSurfacesAsItselfAndLeavesNoTemporaryFiles()
    {
        // A folder where a file must go: the rename over it fails whatever the file system.
        Directory.CreateDirectory(PathOf("Prod/b.yaml"));
        var planned = ManyFiles(["Prod"], 200).Append(File("Prod", "b.yaml", "b\n")).ToList();

        Assert.ThrowsAny<IOException>(() => new OutputFolder(_root).Write(planned));

        Assert.Empty(Directory.GetFiles(_root, "*.tmp", SearchOption.AllDirectories));
        Assert.True(Directory.Exists(PathOf("Prod/b.yaml")));
    }

    [Fact]
    public void OneUnsafePathAmongManyWritesNothing()
    {
        var planned = ManyFiles(["Prod"], 200).Append(File("Prod", "../escape.yaml", "x")).ToList();

        Assert.Throws<InvalidOperationException>(() => new OutputFolder(_root).Write(planned));

        Assert.False(Directory.Exists(_root));
    }

    [Fact]
    public void UnchangedContentIsNotRewritten()
    {
        var folder = new OutputFolder(_root);
        folder.Write([File("Prod", "a.yaml", "a: 1\n")]);
        var before = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        System.IO.File.SetLastWriteTimeUtc(PathOf("Prod/a.yaml"), before);

        var result = folder.Write([File("Prod", "a.yaml", "a: 1\n")]);

        Assert.Equal(new WriteResult(0, 1, 0), result);
        Assert.Equal(before, System.IO.File.GetLastWriteTimeUtc(PathOf("Prod/a.yaml")));
    }

    [Fact]
    public void AFileEditedByHandIsWrittenAgain()
    {
        var folder = new OutputFolder(_root);
        folder.Write([File("Prod", "a.yaml", "a: 1\n")]);
        System.IO.File.WriteAllText(PathOf("Prod/a.yaml"), "a: 9\n");

        var result = folder.Write([File("Prod", "a.yaml", "a: 1\n")]);

        Assert.Equal(new WriteResult(1, 0, 0), result);
        Assert.Equal("a: 1\n", System.IO.File.ReadAllText(PathOf("Prod/a.yaml")));
    }

    [Fact]
    public void ARecordWithPathsOnlyStillNamesTheFilesItOwns()
    {
        var folder = new OutputFolder(_root);
        folder.Write([File("Prod", "a.yaml", "a\n"), File("Prod", "b.yaml", "b\n")]);
        System.IO.File.WriteAllText(PathOf(".egdsl-files"), "Prod/a.yaml\nProd/b.yaml\n");

        var result = folder.Write([File("Prod", "a.yaml", "a\n")]);

        Assert.Equal(new WriteResult(0, 1, 1), result);
        Assert.False(System.IO.File.Exists(PathOf("Prod/b.yaml")));
    }

    [Fact]
    public void ChangedContentIsReplacedWithoutLeavingTemporaryFiles()
    {
        var folder = new OutputFolder(_root);
        folder.Write([File("Prod", "a.yaml", "a: 1\n")]);

        var result = folder.Write([File("Prod", "a.yaml", "a: 2\n")]);

        Assert.Equal(new WriteResult(1, 0, 0), result);
        Assert.Equal("a: 2\n", System.IO.File.ReadAllText(PathOf("Prod/a.yaml")));
        Assert.Equal(["a.yaml"], Directory.GetFiles(PathOf("Prod")).Select(Path.GetFileName));
    }

    [Fact]
    public void RemovesOnlyRecordedFilesThatAreNoLongerPlanned()
    {
        var folder = new OutputFolder(_root);
        folder.Write([File("Prod", "a.yaml", "a\n"), File("Prod", "b.yaml", "b\n"), File("Old", "c.yaml", "c\n")]);
        System.IO.File.WriteAllText(PathOf("Prod/notes.md"), "mine");

        var result = folder.Write([File("Prod", "a.yaml", "a\n")]);

        Assert.Equal(new WriteResult(0, 1, 2), result);
        Assert.True(System.IO.File.Exists(PathOf("Prod/a.yaml")));
        Assert.False(System.IO.File.Exists(PathOf("Prod/b.yaml")));
        Assert.True(System.IO.File.Exists(PathOf("Prod/notes.md")));
        Assert.False(Directory.Exists(PathOf("Old")));
    }

    [Fact]
    public void RecordEntriesOutsideTheRootAreNeverDeleted()
    {
        var outside = Path.Combine(Path.GetTempPath(), "egdsl-victim-" + Guid.NewGuid().ToString("N") + ".yaml");
        System.IO.File.WriteAllText(outside, "keep");
        try
        {
            Directory.CreateDirectory(_root);
            System.IO.File.WriteAllText(PathOf(".egdsl-files"), $"../{Path.GetFileName(outside)}\nProd/../../{Path.GetFileName(outside)}\n{outside}\n");

            new OutputFolder(_root).Write([File("Prod", "a.yaml", "a\n")]);

            Assert.True(System.IO.File.Exists(outside));
        }
        finally
        {
            System.IO.File.Delete(outside);
        }
    }

    [Theory]
    [InlineData("..", "a.yaml")]
    [InlineData("Prod", "../a.yaml")]
    [InlineData("Prod/x", "a.yaml")]
    [InlineData("Prod", "a.txt")]
    public void RefusesToWriteAnythingButSetSlashFileYaml(string set, string name)
    {
        Assert.Throws<InvalidOperationException>(() => new OutputFolder(_root).Write([File(set, name, "x")]));
        Assert.False(Directory.Exists(_root));
    }

    [Fact]
    public void AnEmptyPlanRemovesEverythingItWroteAndItsRecord()
    {
        var folder = new OutputFolder(_root);
        folder.Write([File("Prod", "a.yaml", "a\n")]);

        var result = folder.Write([]);

        Assert.Equal(new WriteResult(0, 0, 1), result);
        Assert.False(System.IO.File.Exists(PathOf(".egdsl-files")));
        Assert.False(Directory.Exists(PathOf("Prod")));
    }
}
