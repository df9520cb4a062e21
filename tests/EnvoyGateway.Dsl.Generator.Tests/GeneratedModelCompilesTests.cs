using System.Collections;
using System.Reflection;
using System.Runtime.Loader;
using Basic.Reference.Assemblies;
using EnvoyGateway.Dsl.Generator.Emit;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EnvoyGateway.Dsl.Generator.Tests;

/// <summary>
/// The generated model is not compiled into the product yet (its writer and binder come next), so this
/// compiles it in memory, as the product would: against the product assembly's base types, nullable on,
/// XML docs checked, every warning counted; with it, docs/api.md's example, which must keep compiling.
/// The assembly name is one the product lets derive from <c>SourceTrackedObject</c> (InternalsVisibleTo).
/// </summary>
public class GeneratedModelCompilesTests
{
    /// <summary>The path given to the sources that are not generated (the examples and the writer driver).</summary>
    private const string ApiExamplePath = "ApiExample.cs";

    /// <summary>The policies behind the hand-written writer's golden files (tests/EnvoyGateway.Dsl.Tests/Golden).</summary>
    private const string SamplePoliciesPath = "tests/EnvoyGateway.Dsl.Tests/Yaml/SamplePolicies.cs";

    /// <summary>Runs the generated writer on the golden files' policies and on a newer one.</summary>
    private const string WriterDriver = """
        using EnvoyGateway.Dsl;
        using EnvoyGateway.Dsl.Gateway.V1Alpha1;
        using System.Linq;
        using EnvoyGateway.Dsl.Serialization;
        using EnvoyGateway.Dsl.Tests.Yaml;

        public static class WriterDriver
        {
            public static string Write(KubernetesObject resource, string release)
            {
                using var buffer = new YamlBuffer(4096);
                if (!GeneratedYamlWriter.TryWriteDocument(buffer, resource, EnvoyGatewayVersion.Parse(release)))
                {
                    throw new System.InvalidOperationException(resource.Kind);
                }

                return buffer.ToString();
            }

            public static string Full(string release) => Write(SamplePolicies.Full(), release);

            public static string Minimal(string release) => Write(new BackendTrafficPolicy("minimal"), release);

            public static string EmptyParts(string release) => Write(new BackendTrafficPolicy("empty-parts")
            {
                Spec = { TargetRef = new(), LoadBalancer = new(), RateLimit = new() { Global = new() } },
            }, release);

            public static string Newer(string release) => Write(Edge.Newer(), release);

            public static string Route(string release) => Write(new EnvoyGateway.Dsl.GatewayApi.GRPCRoute("r"), release);

            /// <summary>Binds a document's spec with the generated binder and writes it back with the generated writer, from "spec:" on.</summary>
            public static string RoundTripSpec(string yaml, string release)
            {
                var policy = new BackendTrafficPolicy("x");
                BindSpec(yaml, policy, release);
                var written = Write(policy, release);
                return written[written.IndexOf("\nspec:", System.StringComparison.Ordinal)..];
            }

            public static string BindError(string yaml, string release)
            {
                try
                {
                    BindSpec(yaml, new BackendTrafficPolicy("x"), release);
                    return "";
                }
                catch (ManifestParseException e)
                {
                    return e.Message;
                }
            }

            private static void BindSpec(string yaml, KubernetesObject resource, string release)
            {
                var root = (YamlMappingNode)new YamlTreeReader(yaml, "test.yaml", ParseOptions.Default).ReadDocument()!;
                var spec = (YamlMappingNode)root.Entries.Single(e => e.Key.Value == "spec").Value;
                var context = new BindContext("test.yaml");
                context.Path.Push("spec");
                if (!GeneratedSpecBinder.TryBindSpec(context, resource, spec, EnvoyGatewayVersion.Parse(release)))
                {
                    throw new System.InvalidOperationException(resource.Kind);
                }
            }
        }
        """;

    private static readonly string[] ImplicitUsings = ["System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks"];

    // CS0436: the generated BackendTrafficPolicy and its parts share names with the hand-written ones in the referenced product (the source wins, as intended).
    private static readonly HashSet<string> Expected = ["CS0436"];

    /// <summary>docs/api.md's declaration example, verbatim, plus the named values and the newer properties.</summary>
    private const string ApiExample = """
        using EnvoyGateway.Dsl;
        using EnvoyGateway.Dsl.Gateway.V1Alpha1;

        public static class Edge
        {
            public static ManifestSet Production { get; } = new()
            {
                new BackendTrafficPolicy("api-ratelimit")
                {
                    Metadata = { Namespace = "shop", Labels = { ["team"] = "edge" } },
                    Spec =
                    {
                        TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "api" },
                        LoadBalancer = new() { Type = "ConsistentHash", ConsistentHash = new() { Type = "SourceIP" } },
                        RateLimit = new()
                        {
                            Type = "Global",
                            Global = new()
                            {
                                Rules =
                                {
                                    new()
                                    {
                                        ClientSelectors =
                                        {
                                            new() { Headers = { new() { Name = "x-user-id", Type = "Distinct" } } },
                                            new() { SourceCIDR = new() { Type = "Distinct", Value = "10.0.0.0/8" } },
                                        },
                                        Limit = new() { Requests = 100, Unit = "Minute" },
                                    },
                                },
                            },
                        },
                    },
                },
            };

            public static BackendTrafficPolicy Newer() => new("newer")
            {
                Spec =
                {
                    TargetRefs = { new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "api" } },
                    Timeout = new(),
                    RateLimit = new() { Global = new() { Rules = { new() { Limit = new() { Requests = 4294967295, Unit = RateLimitUnit.Week } } } } },
                    LoadBalancer = new() { Type = LoadBalancerType.RoundRobin },
                },
            };

            public static IList<RateLimitRule> Rules(RateLimitSpec spec) => spec.Global!.Rules;

            public static IDictionary<string, string> Labels(BackendTrafficPolicy policy) => policy.Metadata.Labels;
        }
        """;

    private static readonly Lazy<CSharpCompilation> Compilation = new(Compile);

    [Fact]
    public void The_generated_model_compiles_without_errors_or_warnings()
    {
        var problems = Problems(Compilation.Value.GetDiagnostics().Where(d => d.Location.SourceTree?.FilePath != ApiExamplePath));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        // Every type and closed set, ReleaseFacts.cs, the writer, the binder, the schema table, its accessors and the
        // tree walk (the syntax trees also hold the global usings, the examples and the driver).
        Assert.Equal(Repository.Model.Types.Count + Repository.Model.ClosedSets.Count + 6, Compilation.Value.SyntaxTrees.Count() - 4);
    }

    [Fact]
    public void The_api_md_example_compiles_against_the_generated_model()
    {
        var problems = Problems(Compilation.Value.GetDiagnostics().Where(d => d.Location.SourceTree?.FilePath == ApiExamplePath));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        var btp = Compilation.Value.GetTypeByMetadataName("EnvoyGateway.Dsl.Gateway.V1Alpha1.BackendTrafficPolicy")!;
        Assert.Equal("EnvoyGateway.Dsl.GeneratedModelCheck", btp.ContainingAssembly.Name);
        Assert.Equal("KubernetesObject", btp.BaseType!.Name);
    }

    [Fact]
    public void Release_facts_are_on_the_symbols_for_the_analyzer()
    {
        var spec = Compilation.Value.GetTypeByMetadataName("EnvoyGateway.Dsl.Gateway.V1Alpha1.BackendTrafficPolicySpec")!;
        Assert.Equal(["\"1.0\""], Arguments(spec.GetMembers("Timeout").Single()));
        Assert.Equal(["\"0.6\"", "Deprecated = \"1.1\""], Arguments(spec.GetMembers("TargetRef").Single()));
        Assert.Empty(Arguments(spec.GetMembers("RateLimit").Single()));
        var unit = Compilation.Value.GetTypeByMetadataName("EnvoyGateway.Dsl.Gateway.V1Alpha1.RateLimitUnit")!;
        Assert.Equal(["\"1.9\""], Arguments(unit.GetMembers("Week").Single()));
        Assert.Equal(["\"1.5\""], Arguments(unit.GetMembers("Month").Single()));
        Assert.Empty(Arguments(unit.GetMembers("Minute").Single()));
    }

    [Fact]
    public void The_release_table_lists_exactly_the_members_with_release_attributes_and_the_same_releases()
    {
        var assembly = Loaded.Value;
        var facts = assembly.GetType("EnvoyGateway.Dsl.Releases.ReleaseFacts")!;
        var member = facts.GetMethod("Member")!;
        var supported = EnvoyGatewayVersion.Supported.Select(v => v.ToString()).ToList();
        var checkedMembers = 0;
        foreach (var type in assembly.GetTypes().Where(t => t.Namespace is "EnvoyGateway.Dsl.Gateway.V1Alpha1" or "EnvoyGateway.Dsl.GatewayApi" && !t.IsAbstract))
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            {
                var attributes = property.GetCustomAttributes<EnvoyGatewayReleaseAttribute>().ToList();
                var entry = member.Invoke(null, [type.FullName, property.Name]);
                Assert.True(attributes.Count > 0 == entry is not null, $"{type.FullName}.{property.Name}: attributes {attributes.Count}, table entry {entry is not null}");
                if (entry is null)
                {
                    continue;
                }

                var bits = 0u;
                foreach (var attribute in attributes)
                {
                    var last = attribute.Removed is null ? supported.Count - 1 : supported.IndexOf(attribute.Removed) - 1;
                    for (var i = supported.IndexOf(attribute.Introduced); i <= last; i++)
                    {
                        bits |= 1u << i;
                    }
                }

                Assert.Equal(bits, (uint)entry.GetType().GetProperty("Releases")!.GetValue(entry)!);
                var deprecated = (uint)entry.GetType().GetProperty("Deprecated")!.GetValue(entry)!;
                var deprecatedFrom = attributes.Select(a => a.Deprecated).SingleOrDefault(d => d is not null);
                Assert.Equal(deprecatedFrom is null ? -1 : supported.IndexOf(deprecatedFrom), deprecated == 0 ? -1 : System.Numerics.BitOperations.TrailingZeroCount(deprecated));
                checkedMembers++;
            }
        }

        Assert.True(checkedMembers > 100, $"only {checkedMembers} members with release facts");
        var week = facts.GetMethod("Value")!.Invoke(null, ["EnvoyGateway.Dsl.Gateway.V1Alpha1.RateLimitValue", "Unit", "Week"])!;
        Assert.Equal(1u << EnvoyGatewayVersion.Supported.Count - 1, (uint)week.GetType().GetProperty("Releases")!.GetValue(week)!);
    }

    [Fact]
    public void Generated_kinds_and_types_behave_like_the_hand_written_model()
    {
        var assembly = Loaded.Value;
        var policy = (KubernetesObject)Activator.CreateInstance(assembly.GetType("EnvoyGateway.Dsl.Gateway.V1Alpha1.BackendTrafficPolicy")!, "api", "Policies.cs", 7)!;
        Assert.Equal(("gateway.envoyproxy.io/v1alpha1", "BackendTrafficPolicy", "api"), (policy.ApiVersion, policy.Kind, policy.Metadata.Name));
        var spec = policy.GetType().GetProperty("Spec")!.GetValue(policy)!;
        Assert.Equal(7, ((SourceTrackedObject)spec).Source.Line);
        var targetRefs = spec.GetType().GetProperty("TargetRefs")!;
        Assert.Empty((IList)targetRefs.GetValue(spec)!);
        targetRefs.SetValue(spec, null);
        Assert.Empty((IList)targetRefs.GetValue(spec)!);
        Assert.Null(spec.GetType().GetProperty("Timeout")!.GetValue(spec));
        Assert.Throws<TargetInvocationException>(() => policy.GetType().GetProperty("Spec")!.SetValue(policy, null));

        var grpcRoute = (KubernetesObject)Activator.CreateInstance(assembly.GetType("EnvoyGateway.Dsl.GatewayApi.GRPCRoute")!, "r", "", 0)!;
        Assert.Equal("gateway.networking.k8s.io/v1", grpcRoute.ApiVersion);
    }

    [Theory]
    [InlineData("Full", "full-policy.yaml")]
    [InlineData("Minimal", "minimal-policy.yaml")]
    [InlineData("EmptyParts", "empty-parts.yaml")]
    public void The_generated_writer_writes_the_hand_written_writers_golden_files_byte_for_byte(string policy, string golden)
    {
        var expected = File.ReadAllText(Path.Combine(Repository.Layout.Root, "tests/EnvoyGateway.Dsl.Tests/Golden", golden));
        Assert.Equal(expected, Drive(policy, "0.6"));
        Assert.Equal(expected, Drive(policy, "1.9"));
    }

    [Fact]
    public void The_generated_writer_writes_newer_fields_and_the_release_s_API_version()
    {
        var yaml = Drive("Newer", "1.9");
        Assert.Contains("\n  targetRefs:\n  - group: gateway.networking.k8s.io\n    kind: HTTPRoute\n    name: api\n", yaml, StringComparison.Ordinal);
        Assert.Contains("\n  timeout: {}\n", yaml, StringComparison.Ordinal);
        Assert.Contains("\n          requests: 4294967295\n          unit: Week\n", yaml, StringComparison.Ordinal);
        Assert.StartsWith("apiVersion: gateway.networking.k8s.io/v1alpha2\nkind: GRPCRoute\n", Drive("Route", "0.6"), StringComparison.Ordinal);
        Assert.StartsWith("apiVersion: gateway.networking.k8s.io/v1\nkind: GRPCRoute\n", Drive("Route", "1.9"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("full-policy.yaml")]
    [InlineData("empty-parts.yaml")]
    public void The_generated_binder_reads_the_golden_files_back_to_the_same_spec(string golden)
    {
        var yaml = File.ReadAllText(Path.Combine(Repository.Layout.Root, "tests/EnvoyGateway.Dsl.Tests/Golden", golden));
        var spec = yaml[yaml.IndexOf("\nspec:", StringComparison.Ordinal)..];
        Assert.Equal(spec, Drive("RoundTripSpec", yaml, "0.6"));
        Assert.Equal(spec, Drive("RoundTripSpec", yaml, "1.9"));
    }

    [Fact]
    public void The_generated_binder_reads_every_shape_and_refuses_unknown_fields_with_the_release_s_list()
    {
        const string Newer = """
            apiVersion: gateway.envoyproxy.io/v1alpha1
            kind: BackendTrafficPolicy
            metadata:
              name: x
            spec:
              rateLimit:
                global:
                  rules:
                  - limit:
                      requests: 4294967295
                      unit: Week
              retry:
                numRetries: 3
                perRetry:
                  backOff:
                    baseInterval: 100ms
                retryOn:
                  httpStatusCodes:
                  - 500
                  - 503
              targetRefs:
              - group: gateway.networking.k8s.io
                kind: HTTPRoute
                name: api
              timeout: {}

            """;
        var spec = Newer[Newer.IndexOf("\nspec:", StringComparison.Ordinal)..];
        Assert.Equal(spec, Drive("RoundTripSpec", Newer, "1.9"));

        var unknown = Newer.Replace("  timeout: {}", "  timeouts: {}", StringComparison.Ordinal);
        Assert.Contains("unknown field \"timeouts\" in spec; known fields: loadBalancer, rateLimit, targetRef", Drive("BindError", unknown, "0.6"), StringComparison.Ordinal);
        Assert.Contains("known fields: admissionControl, bandwidthLimit, circuitBreaker,", Drive("BindError", unknown, "1.9"), StringComparison.Ordinal);
        var negative = Drive("BindError", Newer.Replace("4294967295", "-1", StringComparison.Ordinal), "1.9");
        Assert.StartsWith("test.yaml(10,21): expected an integer from 0 to 4294967295, found ", negative, StringComparison.Ordinal);
        Assert.EndsWith(" at spec.rateLimit.global.rules[0].limit.requests", negative, StringComparison.Ordinal);
    }

    private static string Drive(string method, params string[] arguments)
        => (string)Loaded.Value.GetType("WriterDriver")!.GetMethod(method)!.Invoke(null, arguments)!;

    private static string Drive(string method, string release)
        => (string)Loaded.Value.GetType("WriterDriver")!.GetMethod(method)!.Invoke(null, [release])!;

    private static readonly Lazy<Assembly> Loaded = new(() =>
    {
        using var image = new MemoryStream();
        var result = Compilation.Value.Emit(image);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10)));
        image.Position = 0;
        return new AssemblyLoadContext("generated-model", isCollectible: true).LoadFromStream(image);
    });

    private static List<string> Problems(IEnumerable<Diagnostic> diagnostics)
        => [.. diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning && !Expected.Contains(d.Id)).Take(20).Select(d => d.ToString())];

    private static string[] Arguments(ISymbol symbol)
        => [.. symbol.GetAttributes().Where(a => a.AttributeClass?.Name == "EnvoyGatewayReleaseAttribute")
            .SelectMany(a => a.ConstructorArguments.Select(c => c.ToCSharpString()).Concat(a.NamedArguments.Select(n => $"{n.Key} = {n.Value.ToCSharpString()}")))];

    private static CSharpCompilation Compile()
    {
        var output = Generation.Emit(Repository.Model, Repository.Layout);
        var parseOptions = new CSharpParseOptions(LanguageVersion.Preview, DocumentationMode.Diagnose);
        var sources = output.Files
            .Where(f => f.Key.StartsWith(ModelEmitter.GeneratedFolder + "/", StringComparison.Ordinal) && f.Key.EndsWith(".cs", StringComparison.Ordinal) && f.Key != VersionEmitter.RelativePath
                && !f.Key.StartsWith(CelEmitter.Folder + "/", StringComparison.Ordinal)) // the CEL walks need the product's runtime (src/Dsl/Cel): the product build compiles them
            .Select(f => CSharpSyntaxTree.ParseText(f.Value, parseOptions, path: f.Key))
            .Append(CSharpSyntaxTree.ParseText(string.Concat(ImplicitUsings.Select(u => $"global using global::{u};\n")), parseOptions, path: "GlobalUsings.cs"))
            .Append(CSharpSyntaxTree.ParseText(ApiExample, parseOptions.WithDocumentationMode(DocumentationMode.None), path: ApiExamplePath))
            .Append(CSharpSyntaxTree.ParseText(File.ReadAllText(Path.Combine(Repository.Layout.Root, SamplePoliciesPath)), parseOptions.WithDocumentationMode(DocumentationMode.None), path: ApiExamplePath))
            .Append(CSharpSyntaxTree.ParseText(WriterDriver, parseOptions.WithDocumentationMode(DocumentationMode.None), path: ApiExamplePath));
        return CSharpCompilation.Create(
            "EnvoyGateway.Dsl.GeneratedModelCheck",
            sources,
            [.. Net100.References.All, MetadataReference.CreateFromFile(typeof(SourceTrackedObject).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, warningLevel: 9999));
    }
}
