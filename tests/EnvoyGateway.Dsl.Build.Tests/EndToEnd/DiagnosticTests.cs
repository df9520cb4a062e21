namespace EnvoyGateway.Dsl.Build.Tests.EndToEnd;

/// <summary>How problems in user projects surface in the build output.</summary>
[Collection(PackedPackageCollection.Name)]
public sealed class DiagnosticTests(PackedPackage package)
{
    [Fact]
    public void UserCodeExceptionsAndDuplicateSetNames_FailTheBuildNamingTheMembers()
    {
        var project = new ConsumerProject(package, "PoliciesBroken");
        const string Source = PolicySource.Usings + """
            public static class Edge
            {
                public static ManifestSet Production => Load();

                private static ManifestSet Load() => throw new InvalidOperationException("cluster config missing");
            }

            public static class A { public static ManifestSet Staging = new(); }

            public static class B { public static ManifestSet Staging { get; } = new(); }

            """;
        var path = project.Write("Sets.cs", Source);

        var build = project.Build();

        Assert.NotEqual(0, build.ExitCode);
        var (line, _) = PolicySource.LocationOf(Source, "cluster config missing");
        var column = Source.Split('\n')[line - 1].IndexOf("throw", StringComparison.Ordinal) + 1;
        Assert.Contains($"{path}({line},{column}): error EG9001: Shop.Edge.Production threw InvalidOperationException: cluster config missing (in Shop.Edge.Load)", build.Output, StringComparison.Ordinal);
        Assert.Contains("error EG9002: 2 sets are named 'Staging': Shop.A.Staging, Shop.B.Staging.", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", build.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(project.ManifestsRoot()));
    }

    [Fact]
    public void AConstantInvalidValue_IsReportedByThePackagedAnalyzerAtCompileTime()
    {
        var project = new ConsumerProject(package, "PoliciesConstant");
        project.Write("Edge.cs", PolicySource.Usings + PolicySource.Class("Edge", "Production", PolicySource.Policy("api", unit: "\"Minutes\"")));

        var build = project.Build();

        // The compiler stops the build, so the emitter never runs (no EG9000), and the analyzer loaded (no CS9057).
        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("error EG1001", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("EG9000", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("CS9057", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void NoWarnHidesFindings_WarningsAsErrorsAndWarnAsErrorFailTheBuild()
    {
        var project = new ConsumerProject(package, "PoliciesWarnings");
        // No namespace (EG5006, info) and zero requests (EG3009, warning), both computed.
        project.Write("Edge.cs", PolicySource.Usings + PolicySource.Class("Edge", "Production",
            PolicySource.Policy("api", requests: "(uint)Environment.ProcessorCount * 0", ns: "Environment.GetEnvironmentVariable(\"EGDSL_E2E_UNSET\")")));

        var plain = project.Build("-v:n");
        Assert.True(plain.ExitCode == 0, plain.ToString());
        Assert.Contains("warning EG3009", plain.Output, StringComparison.Ordinal);
        Assert.Contains("info EG5006", plain.Output, StringComparison.Ordinal);

        project.WriteProject("<TargetFramework>net10.0</TargetFramework>", "<NoWarn>$(NoWarn);EG3009;EG5006</NoWarn>");
        var quiet = project.Build("-v:n");
        Assert.True(quiet.ExitCode == 0, quiet.ToString());
        Assert.Contains("EnvoyGateway.Dsl: 1 set", quiet.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("warning EG3009", quiet.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("info EG5006", quiet.Output, StringComparison.Ordinal);
        var snapshot = FolderSnapshot.Of(project.ManifestsRoot());

        project.WriteProject("<TargetFramework>net10.0</TargetFramework>", "<WarningsAsErrors>$(WarningsAsErrors);EG3009</WarningsAsErrors>");
        var promoted = project.Build();
        Assert.NotEqual(0, promoted.ExitCode);
        Assert.Contains("error EG3009", promoted.Output, StringComparison.Ordinal);
        snapshot.AssertUnchangedIn(project.ManifestsRoot());

        project.WriteProject("<TargetFramework>net10.0</TargetFramework>", "");
        var warnAsError = project.Build("-warnaserror");
        Assert.NotEqual(0, warnAsError.ExitCode);
        Assert.Contains("error EG3009", warnAsError.Output, StringComparison.Ordinal);
    }
}
