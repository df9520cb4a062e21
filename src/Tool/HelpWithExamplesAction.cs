using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace EnvoyGateway.Dsl.Tool;

/// <summary>Prints System.CommandLine's help, then the command's examples (which it has no section for).</summary>
internal sealed class HelpWithExamplesAction(HelpAction help, IReadOnlyDictionary<Command, IReadOnlyList<string>> examples) : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        var result = help.Invoke(parseResult);
        if (examples.TryGetValue(parseResult.CommandResult.Command, out var lines))
        {
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine("Examples:");
            foreach (var line in lines)
            {
                output.WriteLine("  " + line);
            }

            output.WriteLine();
        }

        return result;
    }
}
