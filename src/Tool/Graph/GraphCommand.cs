using System.CommandLine;
using EnvoyGateway.Dsl.Graph;
using EnvoyGateway.Dsl.Tool.Inputs;

namespace EnvoyGateway.Dsl.Tool.Graph;

/// <summary>
/// <c>egdsl graph</c>: the inputs as one set, drawn as a Mermaid flowchart (GatewayClass → Gateways and listeners →
/// routes → backends, policies at what they attach to, broken references and conflicts marked). The diagram goes to
/// stdout or <c>--output</c>; unreadable documents are reported on stderr and left out of the picture.
/// </summary>
internal static class GraphCommand
{
    private static readonly Argument<string[]> Paths = new("paths")
    {
        Description = "YAML files, folders searched recursively for *.yaml and *.yml, or - for standard input.",
        Arity = ArgumentArity.OneOrMore,
    };

    private static readonly Option<FileInfo?> Output = new("--output", "-o")
    {
        Description = "Write the diagram to this file (.mmd, or .md to wrap it in a ```mermaid block) instead of stdout.",
    };

    public static Command Create(TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var command = new Command("graph", "Draw the inputs as one set: a Mermaid diagram of Gateways, routes, backends and the policies attached to them.")
        {
            Paths, Output,
        };
        command.SetAction(result => Run(result.GetRequiredValue(Paths), result.GetValue(Output), stdin, stdout, stderr));
        return command;
    }

    public static IReadOnlyList<string> Examples { get; } =
    [
        "egdsl graph deploy/ > topology.mmd",
        "egdsl graph deploy/ -o topology.md",
    ];

    private static int Run(string[] paths, FileInfo? output, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var loader = new ManifestLoader(stdin, stderr, quiet: true);
        loader.Load(paths);
        foreach (var error in loader.Errors)
        {
            stderr.WriteLine(error.ToString());
        }

        var diagram = TopologyGraph.ToMermaid(loader.Resources);
        if (output is null)
        {
            stdout.Write(diagram);
        }
        else
        {
            var markdown = string.Equals(output.Extension, ".md", StringComparison.OrdinalIgnoreCase);
            // Written beside and moved over: an interrupted run leaves the old diagram, never half of a new one.
            var partial = output.FullName + ".partial";
            File.WriteAllText(partial, markdown ? "```mermaid\n" + diagram + "```\n" : diagram);
            File.Move(partial, output.FullName, overwrite: true);
        }

        return loader.Errors.Count > 0 ? ExitCodes.InputError : ExitCodes.Success;
    }
}
