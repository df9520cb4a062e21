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
