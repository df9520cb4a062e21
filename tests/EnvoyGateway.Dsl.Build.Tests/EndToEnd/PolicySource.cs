namespace EnvoyGateway.Dsl.Build.Tests.EndToEnd;

/// <summary>C# sources of user policies, written the way api.md shows them.</summary>
internal static class PolicySource
{
    public const string Usings = "using EnvoyGateway.Dsl;\nusing EnvoyGateway.Dsl.Gateway.V1Alpha1;\n\nnamespace Shop;\n\n";

    /// <summary>One valid policy as a collection element, <paramref name="unit"/> given as a C# expression.</summary>
    public static string Policy(string name, string unit = "\"Minute\"", string requests = "100", string ns = "\"shop\"") => $$"""
                new BackendTrafficPolicy("{{name}}")
                {
                    Metadata = { Namespace = {{ns}}, Labels = { ["team"] = "edge" } },
                    Spec =
                    {
                        TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "{{name}}" },
                        RateLimit = new()
                        {
                            Type = "Global",
                            Global = new()
                            {
                                Rules =
                                {
                                    new()
                                    {
                                        ClientSelectors = { new() { Headers = { new() { Name = "x-user-id", Type = "Distinct" } } } },
                                        Limit = new() { Requests = {{requests}}, Unit = {{unit}} },
                                    },
                                },
                            },
                        },
                    },
                },

        """;

    /// <summary>A public static class with one <c>ManifestSet</c> property holding <paramref name="policies"/>.</summary>
    public static string Class(string className, string setName, params string[] policies)
        => $"public static class {className}\n{{\n    public static ManifestSet {setName} {{ get; }} = new()\n    {{\n{string.Concat(policies)}    }};\n}}\n";

    /// <summary>1-based line and column of the first <c>new</c> on the first line of <paramref name="source"/> containing <paramref name="marker"/>.</summary>
    public static (int Line, int Column) LocationOf(string source, string marker)
    {
        var lines = source.Split('\n');
        var index = Array.FindIndex(lines, l => l.Contains(marker, StringComparison.Ordinal));
        return (index + 1, lines[index].IndexOf("new", StringComparison.Ordinal) + 1);
    }
}
