using EnvoyGateway.Dsl.Emitter;

namespace EnvoyGateway.Dsl.Build.Tests.Emitter;

public sealed class CompilerFindingsTests : IDisposable
{
    private readonly string _log = Path.Combine(Path.GetTempPath(), "egdsl-" + Guid.NewGuid().ToString("N") + ".sarif");
    private readonly SourceLocator _sources = new(SourcePathMap.Parse(""), "/p");

    public void Dispose() => File.Delete(_log);

    [Fact]
    public void ReadsSarif21Results()
    {
        File.WriteAllText(_log, """
            {"version":"2.1.0","runs":[{"results":[
              {"ruleId":"EG3009","level":"warning","locations":[{"physicalLocation":{"artifactLocation":{"uri":"file:///p/Policies.cs"},"region":{"startLine":12,"startColumn":40}}}]},
              {"ruleId":"EG5006","level":"note","locations":[{"physicalLocation":{"artifactLocation":{"uri":"file:///p/Policies.cs"},"region":{"startLine":3}}}],"suppressions":[{"kind":"inSource"}]}
            ]}]}
            """);

        var findings = CompilerFindings.Read(_log + ",version=2.1", _sources);

        Assert.True(findings.Contains("EG3009", new CreationSite("/p/Policies.cs", 10, 5, 14)));
        Assert.True(findings.Contains("EG5006", new CreationSite("/p/Policies.cs", 3, 5, 3)));
        Assert.False(findings.Contains("EG3009", new CreationSite("/p/Policies.cs", 13, 5, 20)));
        Assert.False(findings.Contains("EG1001", new CreationSite("/p/Policies.cs", 10, 5, 14)));
        Assert.False(findings.Contains("EG3009", new CreationSite("/p/Other.cs", 10, 5, 14)));
    }

    [Fact]
    public void ReadsSarif10Results()
    {
        File.WriteAllText(_log, """
            {"version":"1.0.0","runs":[{"results":[
              {"ruleId":"EG3009","locations":[{"resultFile":{"uri":"file:///p/Policies.cs","region":{"startLine":12}}}]}
            ]}]}
            """);

        Assert.True(CompilerFindings.Read(_log, _sources).Contains("EG3009", new CreationSite("/p/Policies.cs", 12, 1, 12)));
    }

    [Fact]
    public void AMissingOrBrokenLogMeansNoFindings()
    {
        Assert.Equal(0, CompilerFindings.Read(_log, _sources).Count);
        File.WriteAllText(_log, "{ not json");
        Assert.Equal(0, CompilerFindings.Read(_log, _sources).Count);
    }
}
