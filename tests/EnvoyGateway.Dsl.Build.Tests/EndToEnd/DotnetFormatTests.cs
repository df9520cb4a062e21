using System.Text.RegularExpressions;

namespace EnvoyGateway.Dsl.Build.Tests.EndToEnd;

/// <summary>
/// The code fixes as a user's CI applies them: <c>dotnet format analyzers --diagnostics …</c> on a fresh
/// project that references the packed package and holds one violation of each fixable rule
/// (<see cref="FixableProject"/>). dotnet format picks the equivalence key from whichever diagnostic its
/// concurrent analysis returns first and handles the IDs in a per-process hash order, so a fix that works
/// only in some orders passes one run and fails the next: the fix is repeated on fresh copies.
/// </summary>
[Collection(PackedPackageCollection.Name)]
public sealed partial class DotnetFormatTests(PackedPackage package)
{
    private readonly string _broken = FixableProject.Broken(package.RepositoryRoot);
    private readonly IReadOnlyList<string> _ids = FixableProject.MarkedIds(FixableProject.Broken(package.RepositoryRoot));

    [Fact]
    public void The_packaged_analyzers_report_each_marked_rule_once_before_the_fix()
    {
        var project = NewProject("FixablePending");

        var pending = Format(project, "--verify-no-changes");

        Assert.True(pending.ExitCode == 2, pending.ToString());
        var reported = ReportedId().Matches(pending.Output).Select(match => match.Groups[1].Value).Order(StringComparer.Ordinal);
        Assert.Equal(_ids.Order(StringComparer.Ordinal), reported);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Dotnet_format_applies_every_fix_on_a_fresh_copy(int run)
    {
        var project = NewProject("Fixable" + run);

        var fix = Format(project);

        Assert.True(fix.ExitCode == 0, fix.ToString());
        Assert.DoesNotContain("Unable to fix", fix.Output, StringComparison.Ordinal);
        Assert.Equal(FixableProject.Fixed(package.RepositoryRoot), File.ReadAllText(Path.Combine(project.Directory, "Policies.cs")));
        var clean = Format(project, "--verify-no-changes");
        Assert.True(clean.ExitCode == 0, clean.ToString());
    }

    private ConsumerProject NewProject(string name)
    {
        var project = new ConsumerProject(package, name);
        project.Write("Policies.cs", _broken);
        return project;
    }

    /// <summary>Info severity: EG5006 is an Info rule.</summary>
    private CommandResult Format(ConsumerProject project, params string[] extra)
        => DotnetCli.Run("dotnet", project.Directory, package.Environment,
            ["format", "analyzers", project.ProjectFile, "--diagnostics", .. _ids, "--severity", "info", .. extra]);

    [GeneratedRegex(@"Policies\.cs\(\d+,\d+\): (?:error|warning|info) (EG\d{4}):")]
    private static partial Regex ReportedId();
}
