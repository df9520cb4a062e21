using System.Text.RegularExpressions;
using EnvoyGateway.Dsl.Rules.Syntax;

namespace EnvoyGateway.Dsl.Cel;

/// <summary>CEL's <c>matches</c>: an RE2 pattern rewritten for .NET (<see cref="Re2Pattern"/>); matching is a search (unanchored), as in CEL.</summary>
internal static class CelRegex
{
    public static Regex Compile(string re2Pattern) => Re2Pattern.Compile(re2Pattern);
}
