using System.Collections.Immutable;
using EnvoyGateway.Dsl.Rules;
using Microsoft.CodeAnalysis;

namespace EnvoyGateway.Dsl.Analyzers;

/// <summary>
/// Creates a diagnostic whose message is the catalog's C# form: <c>RuleDescriptor.FormatMessage(path, args)</c>
/// (phrases and set places rendered as C# before Roslyn fills the descriptor's format).
/// </summary>
internal static class DiagnosticFactory
{
    public static Diagnostic Create(RuleDescriptor rule, Location location, ImmutableDictionary<string, string?> properties, string path, object?[] args)
    {
        var messageArgs = new object?[args.Length + 1];
        messageArgs[0] = path;
        Array.Copy(MessageTemplate.CSharpArguments(args), 0, messageArgs, 1, args.Length);
        return Diagnostic.Create(Descriptors.For(rule), location, properties, messageArgs);
    }
}
