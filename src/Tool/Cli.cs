using System.CommandLine;
using System.CommandLine.Help;
using EnvoyGateway.Dsl.Tool.Graph;
using EnvoyGateway.Dsl.Tool.Import;
using EnvoyGateway.Dsl.Tool.Validate;

namespace EnvoyGateway.Dsl.Tool;

/// <summary>
/// The <c>egdsl</c> command line. <see cref="Run(string[], TextReader, TextWriter, TextWriter)"/> takes the
/// streams so that tests run commands in process; <c>Program</c> passes the console.
/// </summary>
public static class Cli
{
    /// <summary>Runs one command line with the console's standard input; returns the exit code (docs/cli.md: 0 clean, 1 findings, 2 usage or input errors).</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(args, Console.In, stdout, stderr);

    /// <summary>Runs one command line; the path <c>-</c> reads <paramref name="stdin"/>. Returns the exit code (docs/cli.md).</summary>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdin);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);

        var validate = ValidateCommand.Create(stdin, stdout, stderr);
        var import = ImportCommand.Create(stdin, stdout, stderr);
        var graph = GraphCommand.Create(stdin, stdout, stderr);
        // A plain command named egdsl rather than RootCommand, whose name is the assembly's.
        var help = new HelpOption { Recursive = true };
        var root = new Command("egdsl", "Validate Envoy Gateway and Gateway API YAML (Envoy Gateway v0.6, v1.0 to v1.9) with the EnvoyGateway.Dsl rule catalog, draw it as a graph, or import it as C#.")
        {
            validate,
            import,
            graph,
            help,
            new VersionOption(),
        };
        var examples = new Dictionary<Command, IReadOnlyList<string>>
        {
            [root] = [.. ValidateCommand.Examples.Take(2), .. ImportCommand.Examples.Take(1)],
            [validate] = ValidateCommand.Examples,
            [import] = ImportCommand.Examples,
            [graph] = GraphCommand.Examples,
        };
        help.Action = new HelpWithExamplesAction((HelpAction)help.Action!, examples);

        var configuration = new InvocationConfiguration { Output = stdout, Error = stderr };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0 && parsed.Action is not HelpWithExamplesAction)
        {
            foreach (var error in parsed.Errors)
            {
                stderr.WriteLine("error: " + error.Message);
            }

            stderr.WriteLine($"Run 'egdsl {(parsed.CommandResult.Command == root ? "" : parsed.CommandResult.Command.Name + " ")}--help' for usage.");
            return ExitCodes.InputError;
        }

        return parsed.Invoke(configuration);
    }
}
