using System.Reflection;
using System.Text.RegularExpressions;
using EnvoyGateway.Dsl.Benchmarks;
using EnvoyGateway.Dsl.Gateway.V1Alpha1;
using YamlDotNet.RepresentationModel;

namespace EnvoyGateway.Dsl.Tests.Yaml;

/// <summary>
/// The hand-written block-style reader against YamlDotNet (<see cref="FastPath"/>) on every YAML input of
/// the test project, and proof that it does not decline on what matters for speed: the benchmark shape
/// and our writer's output.
/// </summary>
public partial class FastPathDifferentialTests
{
    private const string Header = "apiVersion: gateway.envoyproxy.io/v1alpha1\nkind: BackendTrafficPolicy\nmetadata:\n  name: rl\n";

    public static TheoryData<string, string> FixtureFiles()
    {
        var data = new TheoryData<string, string>();
        foreach (var folder in new[] { "envoy-gateway-v0.6.0", "oracle", "crds" })
        {
            foreach (var path in Directory.GetFiles(Fixture.Dir(folder), "*.yaml").Order(StringComparer.Ordinal))
            {
                data.Add(folder, Path.GetFileName(path));
            }
        }

        return data;
    }

    public static TheoryData<string> GoldenFiles()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(GoldenDirectory, "*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    public static TheoryData<string> UnusualInputs()
    {
        var data = new TheoryData<string>();
        foreach (var yaml in Unusual)
        {
            data.Add(yaml);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FixtureFiles))]
    public void Fixture_files_read_alike(string folder, string file)
    {
        var yaml = Fixture.Read(folder, file);

        FastPath.AssertAgrees(yaml);
        FastPath.AssertSameOutcome(yaml);
    }

    [Fact]
    public void Oracle_stream_is_read_by_the_fast_path()
        => Assert.True(FastPath.AssertAgrees(Fixture.Read("oracle", "08_list_yaml.yaml")));

    [Theory]
    [MemberData(nameof(FixtureFiles))]
    public void Envoy_gateway_policies_read_alike(string folder, string file)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(Fixture.Read(folder, file)));
        foreach (var document in stream.Documents)
        {
            if (document.RootNode is YamlMappingNode root && root.Children.TryGetValue(new YamlScalarNode("backendTrafficPolicies"), out var policies))
            {
                foreach (var policy in ((YamlSequenceNode)policies).Children)
                {
                    var yaml = PlainYaml.Serialize(policy);
                    FastPath.AssertAgrees(yaml);
                    FastPath.AssertSameOutcome(yaml);
                    if (file.EndsWith(".in.yaml", StringComparison.Ordinal))
                    {
                        Assert.True(FastPath.AssertAgrees(ManifestSet.Parse(yaml).ToYaml()));
                    }
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(GoldenFiles))]
    public void Golden_files_are_read_by_the_fast_path(string file)
    {
        var yaml = File.ReadAllText(Path.Combine(GoldenDirectory, file));

        Assert.True(FastPath.AssertAgrees(yaml));
        FastPath.AssertSameOutcome(yaml);
    }

    [Fact]
    public void Bench_shape_is_read_by_the_fast_path()
    {
        var yaml = BenchShape.Yaml(300);

        Assert.True(FastPath.AssertAgrees(yaml));
        FastPath.AssertSameOutcome(yaml);
    }

    [Fact]
    public void V19_bench_shape_is_read_by_the_fast_path_and_writes_back_unchanged()
    {
        var yaml = BenchShape.CreateV19(300).ToYaml();

        Assert.True(FastPath.AssertAgrees(yaml));
        FastPath.AssertSameOutcome(yaml);
        Assert.Equal(yaml, ManifestSet.Parse(yaml).ToYaml());
        Assert.Contains("\n  circuitBreaker:\n", yaml, StringComparison.Ordinal);
        Assert.Contains("\n  healthCheck:\n", yaml, StringComparison.Ordinal);
    }

    /// <summary>
    /// The fast path hands a document's nodes out again for the next one: nothing of a bigger document may
    /// show in a smaller one after it (entries, items, plain or quoted, a resolved plain value, sizes), and
    /// the policies bound from each keep their own values.
    /// </summary>
    [Fact]
    public void Nodes_reused_from_document_to_document_read_alike()
    {
        const string Big = Header + "  labels:\n    a: \"1\"\n    b: x\nspec:\n  targetRef:\n    group: gateway.networking.k8s.io\n    kind: HTTPRoute\n    name: big\n    sectionName: x\n  rateLimit:\n    type: Global\n    global:\n      rules:\n      - limit:\n          requests: 10\n          unit: Second\n        clientSelectors:\n        - headers:\n          - name: x\n            value: \"y\"\n          - name: z\n            type: Distinct\n";
        const string Small = "apiVersion: gateway.envoyproxy.io/v1alpha1\nkind: BackendTrafficPolicy\nmetadata:\n  name: small\nspec:\n  targetRef:\n    group: ''\n    kind: HTTPRoute\n    name: small\n  rateLimit:\n    global:\n      rules: []\n";
        const string Empty = "apiVersion: gateway.envoyproxy.io/v1alpha1\nkind: BackendTrafficPolicy\nmetadata:\n  name: empty\n  labels: {}\nspec:\n";
        var yaml = string.Join("---\n", Big, Small, Empty, Big.Replace("name: rl", "name: again", StringComparison.Ordinal).Replace("sectionName: x", "sectionName: null", StringComparison.Ordinal), Small);

        Assert.True(FastPath.AssertAgrees(yaml));
        FastPath.AssertSameOutcome(yaml);
        var names = ManifestSet.Parse(yaml).Select(resource => resource.Metadata.Name);
        Assert.Equal(["rl", "small", "empty", "again", "small"], names);
    }

    [Theory]
    [MemberData(nameof(HostileStrings.Names), MemberType = typeof(HostileStrings))]
    public void Hostile_label_keys_and_values_read_alike(string name)
    {
        var hostile = HostileStrings.All[name];
        foreach (var (key, value) in new[] { ("key", hostile), (hostile, "value"), (hostile, hostile) })
        {
            var policy = new BackendTrafficPolicy("rl") { Metadata = { Labels = { [key] = value } } };
            var yaml = policy.ToYaml();

            // Keys longer than 1000 written characters take the explicit "? key" form, outside the subset.
            Assert.Equal(!ExplicitKey().IsMatch(yaml), FastPath.AssertAgrees(yaml));
            FastPath.AssertSameOutcome(yaml);
        }
    }

    [Theory]
    [MemberData(nameof(UnusualInputs))]
    public void Unusual_and_malformed_inputs_read_alike(string yaml)
    {
        FastPath.AssertAgrees(yaml);
        FastPath.AssertSameOutcome(yaml);
    }

    [Fact]
    public void Anything_outside_the_subset_is_declined()
    {
        foreach (var yaml in Unusual.Where(yaml => !yaml.StartsWith("#in subset", StringComparison.Ordinal)))
        {
            Assert.True(FastPath.ReadFast(yaml, ParseOptions.Default) is null, $"accepted:\n{FastPath.Show(yaml)}");
        }
    }

    [Fact]
    public void Node_limit_declines_and_the_library_reports_it()
    {
        var options = new ParseOptions { MaxNodes = 20 };
        var yaml = BenchShape.Yaml(1);

        Assert.Null(FastPath.ReadFast(yaml, options));
        Assert.NotNull(FastPath.ReadFast(yaml, new ParseOptions { MaxNodes = 1000 }));
        FastPath.AssertSameOutcome(yaml, options);
    }

    [Fact]
    public void Binding_errors_wait_until_the_whole_stream_is_known_to_be_in_the_subset()
    {
        // Document 1 has an unknown field, document 2 is malformed: YamlDotNet's path reports the unknown
        // field first, so must the combined reader, and the error must come from binding, not from the parser.
        const string Yaml = Header + "  nme: x\n---\n" + Header + "  namespace: 'open\n";

        FastPath.AssertSameOutcome(Yaml);
        Assert.Null(FastPath.ReadFast(Yaml, ParseOptions.Default));
        Assert.Contains("unknown field \"nme\"", Assert.Throws<ManifestParseException>(() => ManifestSet.Parse(Yaml)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deep_nesting_is_declined_not_recursed()
    {
        var yaml = string.Concat(Enumerable.Range(0, 200).Select(level => new string(' ', level) + "k:\n")) + new string(' ', 200) + "v\n";

        Assert.Null(FastPath.ReadFast(yaml, ParseOptions.Default));
        FastPath.AssertSameOutcome(yaml);
    }

    [GeneratedRegex(@"^ *\? ", RegexOptions.Multiline)]
    private static partial Regex ExplicitKey();

    private static string GoldenDirectory { get; } = Path.Combine(
        typeof(FastPathDifferentialTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!,
        "tests", "EnvoyGateway.Dsl.Tests", "Golden");

    // Inputs of BadInputTests and YamlReaderTests, and the constructs outside the subset. Those marked
    // "#in subset" are read by the fast path and fail (if at all) in the binder.
    private static readonly string[] Unusual =
    [
        "#in subset\n" + Header + "spec:\n  targetRef:\n    name: cart\n    namspace: shop\n",
        "#in subset\n" + Header + "spec: {}\nstatus:\n  conditions: []\n",
        "#in subset\n" + Header + "  namespace: \"10\"\n",
        "#in subset\n" + Header + "  namespace: yes\n",
        "#in subset\napiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata:\n  name: r\n",
        "#in subset\n" + Header + "  ownerReferences:\n  - name: gw\n    controller: yes\n",
        "#in subset\n---\napiVersion: gateway.envoyproxy.io/v1alpha1\nkind: BackendTrafficPolicy\nmetadata:\n  name: a\n---\n# only a comment\n",
        "#in subset\napiVersion: v1\nkind: List\nmetadata:\n  resourceVersion: \"\"\nitems:\n- apiVersion: gateway.envoyproxy.io/v1alpha1\n  kind: BackendTrafficPolicy\n  metadata: {}\n",
        "#in subset\n" + Header + "  creationTimestamp: null\n  namespace: ~\n  labels:\n  finalizers: null\nspec:\n  loadBalancer: null\n  targetRef:\n    name:\n",
        "#in subset\n" + Header + "...\n---\n" + Header + "...\n",
        "#in subset\n" + Header + "---\n",
        "#in subset\n" + Header + "---",
        "#in subset\n" + Header + "--- # c\n\n  \n",
        "#in subset\n" + Header + "---\n  ",
        "#in subset\n---\n",
        "#in subset\n---",
        "#in subset\n" + Header + "  finalizers:\n    - b\n    -\n    - 'c'\n",
        "#in subset\n",
        Header + "  namespace: shop\n  name: again\n",
        Header + "  namespace: !foo shop\n",
        Header + "  namespace: !!str 123\n  generation: !!int 7\n",
        Header + "  namespace: shop\n    labels: x\n",
        Header + "  namespace: 'shop\n",
        Header + "  namespace: \"shop\n",
        Header + "  labels: &labels\n    a: one\n  annotations: *labels\n",
        Header + "  labels: &l {a: x}\n  annotations:\n    <<: *l\n",
        Header + "  labels:\n    <<: {a: x}\n",
        Header + "  labels: {a: x}\n",
        Header + "  finalizers: [a, b]\n",
        Header + "  labels:\n    a: |\n      text\n",
        Header + "  labels:\n    a: >\n      text\n",
        Header + "  labels:\n    a: one\n      two\n",
        Header + "  labels:\n    a: 'one\n      two'\n",
        Header + "  labels:\n    a: \"one\\\n      two\"\n",
        Header + "  labels:\n    ? a\n    : b\n",
        Header + "  labels:\n\ta: b\n",
        Header + "  labels:\n    a: b\r\n",
        "%YAML 1.1\n---\n" + Header,
        "\uFEFF" + Header,
        Header + "---\n\uFEFF" + Header,
        Header + "  labels:\n    a: b: c\n",
        Header + "  labels:\n    a: - b\n",
        Header + "  labels:\n    a: b\n    - c\n",
        Header + "  labels:\n    a: 'b'c\n",
        Header + "  labels:\n    a: \"\\q\"\n",
        Header + "  labels:\n    a: \"\\uD800\"\n",
        Header + "  labels:\n    a: b #c\n   d: e\n",
        Header + "...\nkind: x\n",
        "--- text\n",
        "--- |\n  text\n",
        "a: 1\n---\n---\nb: 2\n",
        "key: [\n",
        "key: {\n",
        "- a\n-b\n",
        "- a\nb: c\n",
        "a:\n  b: 1\n c: 2\n",
        "a: b\u0001c\n",
        "a: b\u0085c\n",
        "'" + new string('k', 1100) + "': v\n",
        ":\n",
        ": a\n",
        "? a\n",
        "a: *b\n",
        "a: @b\n",
        "a: `b\n",
        "a: ,b\n",
    ];
}
