using System.CommandLine;
using System.Globalization;
using System.Text;
using EnvoyGateway.Dsl.Tool.Reporting;

namespace EnvoyGateway.Dsl.Tool.Import;

/// <summary>
/// <c>egdsl import</c>: existing YAML (hand-written, Helm or jsonnet output) as C# declaring one
/// <see cref="ManifestSet"/>. The code goes to stdout or <c>-o</c>; errors and the summary to stderr.
/// Input the parser refuses is refused here too, with its file, line and reason.
/// </summary>
internal static class ImportCommand
{
    private static readonly Argument<string[]> Paths = new("paths")
    {
        Description = "YAML files, folders searched recursively for *.yaml and *.yml, or - for standard input; all go into one set, in order.",
        Arity = ArgumentArity.OneOrMore,
    };

    private static readonly Option<string> Namespace = new("--namespace")
    {
        Description = "Namespace of the generated class.",
        DefaultValueFactory = _ => CSharpEmitterOptions.DefaultNamespace,
    };

    private static readonly Option<string> ClassName = new("--class")
    {
        Description = "Name of the generated static class.",
        DefaultValueFactory = _ => CSharpEmitterOptions.DefaultClassName,
    };

    private static readonly Option<string> SetName = new("--set")
    {
        Description = "Name of the static ManifestSet property.",
        DefaultValueFactory = _ => CSharpEmitterOptions.DefaultSetName,
    };

    private static readonly Option<string?> Output = new("--output", "-o")
    {
        Description = "The C# file to write (default: stdout).",
    };

    private static readonly Option<EnvoyGatewayVersion> Release = ReleaseOption.Create();

    public static IReadOnlyList<string> Examples { get; } =
    [
        "egdsl import deploy/policies.yaml -o Policies.cs",
        "egdsl import deploy/ --namespace Shop.Gateway --class ShopPolicies --set All -o ShopPolicies.cs",
        "helm template chart | egdsl import - > Imported.cs",
    ];

    public static Command Create(TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var command = new Command("import", "Write existing Envoy Gateway and Gateway API YAML as C# (one ManifestSet) that emits the same YAML when built; other kinds are skipped.")
        {
            Paths, Namespace, ClassName, SetName, Output, Release,
        };
        Namespace.Validators.Add(result => CheckName(result, result.GetValueOrDefault<string>(), CSharpIdentifier.IsValidNamespace, "namespace"));
        ClassName.Validators.Add(result => CheckName(result, result.GetValueOrDefault<string>(), CSharpIdentifier.IsValid, "class name"));
        SetName.Validators.Add(result => CheckName(result, result.GetValueOrDefault<string>(), CSharpIdentifier.IsValid, "property name"));
        command.SetAction(result => Run(
            result.GetRequiredValue(Paths),
            new CSharpEmitterOptions(result.GetRequiredValue(Namespace), result.GetRequiredValue(ClassName), result.GetRequiredValue(SetName), []),
            result.GetValue(Output),
            result.GetRequiredValue(Release),
            stdin,
            stdout,
            stderr));
        return command;
    }

    private static void CheckName(System.CommandLine.Parsing.OptionResult result, string name, Func<string, bool> isValid, string what)
    {
        if (!isValid(name))
        {
            result.AddError($"'{name}' is not a valid C# {what}.");
        }
    }

    /// <summary>Imports for <paramref name="release"/>: the documents are read and checked as that release has its kinds.</summary>
    internal static int Run(string[] paths, CSharpEmitterOptions options, string? outputPath, EnvoyGatewayVersion release, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var reader = new ImportReader(stdin, release);
        reader.Load(paths);
        if (reader.Errors.Count > 0)
        {
            foreach (var error in reader.Errors)
            {
                stderr.WriteLine(error.ToString());
            }

            stderr.WriteLine("Nothing was imported: egdsl import only writes input it can reproduce exactly.");
            return ExitCodes.InputError;
        }

        if (reader.Skipped.Count > 0)
        {
            var kinds = string.Join(", ", reader.Skipped.Select(s => s.Value == 1 ? s.Key : string.Create(CultureInfo.InvariantCulture, $"{s.Key} ×{s.Value}")));
            stderr.WriteLine($"Skipped {Counted.Of(reader.Skipped.Values.Sum(), "document")} of kinds egdsl does not model: {kinds}.");
        }

        var code = new CSharpEmitter(options with { SourceNames = [.. reader.Files.Select(Path.GetFileName).OfType<string>()] }, release).Emit(reader.Resources);
        if (outputPath is null)
        {
            stdout.Write(code);
        }
        else
        {
            File.WriteAllText(outputPath, code, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Imported {Counted.Of(reader.Resources.Count, "resource")} from {Counted.Of(reader.Files.Count, "file")} into {outputPath}."));
        }

        return ExitCodes.Success;
    }
}
