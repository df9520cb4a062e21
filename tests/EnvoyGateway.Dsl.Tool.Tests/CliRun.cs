namespace EnvoyGateway.Dsl.Tool.Tests;

/// <summary>One in-process run of <see cref="Cli.Run"/>: exit code and both streams.</summary>
internal sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public static CliRun Of(params string[] args) => WithInput("", args);

    /// <summary>A run whose standard input (the path <c>-</c>) holds <paramref name="stdin"/>.</summary>
    public static CliRun WithInput(string stdin, params string[] args)
    {
        using var input = new StringReader(stdin);
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        var exitCode = Cli.Run(args, input, stdout, stderr);
        return new CliRun(exitCode, stdout.ToString(), stderr.ToString());
    }

    public string[] StdoutLines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}
