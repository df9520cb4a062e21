namespace EnvoyGateway.Dsl.Build.Tests.EndToEnd;

/// <summary>kubectl's built-in kustomize, offline. kubectl must be installed: its absence fails the test.</summary>
internal static class Kubectl
{
    public static CommandResult Kustomize(string folder)
    {
        var kubectl = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(d => Path.Combine(d, OperatingSystem.IsWindows() ? "kubectl.exe" : "kubectl"))
            .FirstOrDefault(File.Exists);
        Assert.True(kubectl is not null, "kubectl is not on PATH: the end-to-end tests need it (.ci/run installs it).");
        return DotnetCli.Run(kubectl, folder, new Dictionary<string, string>(), "kustomize", folder);
    }
}
