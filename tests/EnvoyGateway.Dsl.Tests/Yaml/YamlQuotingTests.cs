using System.Diagnostics;
using System.Text.Json;
using EnvoyGateway.Dsl.Gateway.V1Alpha1;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;

namespace EnvoyGateway.Dsl.Tests.Yaml;

/// <summary>
/// Every hostile string survives the writer: YamlDotNet (YAML 1.2), PyYAML (YAML 1.1, the family
/// Kubernetes' reader belongs to) and our reader all read back the identical string, as a string.
/// </summary>
public class YamlQuotingTests
{
    [Theory]
    [MemberData(nameof(HostileStrings.Names), MemberType = typeof(HostileStrings))]
    public void YamlDotNet_reads_back_the_same_string(string name)
    {
        var value = HostileStrings.All[name];
        var yaml = Carrying(value).ToYaml();

        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var labels = (YamlMappingNode)((YamlMappingNode)stream.Documents[0].RootNode)["metadata"]["labels"];
        var scalar = Assert.IsType<YamlScalarNode>(labels["k"]);
        Assert.Equal(value, scalar.Value);
        Assert.Equal(value, Assert.IsType<YamlScalarNode>(Assert.Single(labels.Children.Keys, k => ((YamlScalarNode)k).Value != "k")).Value);

        // Resolved as the core schema does, an untagged scalar must still be a string.
        var typed = TypedReader.Deserialize<Dictionary<string, object>>(yaml);
        var typedLabels = (Dictionary<object, object>)((Dictionary<object, object>)typed["metadata"])["labels"];
        Assert.Equal(value, Assert.IsType<string>(typedLabels["k"]));
    }

    [Theory]
    [MemberData(nameof(HostileStrings.Names), MemberType = typeof(HostileStrings))]
    public void Our_reader_reads_back_the_same_string(string name)
    {
        var value = HostileStrings.All[name];

        var policy = (BackendTrafficPolicy)Assert.Single(ManifestSet.Parse(Carrying(value).ToYaml()));

        Assert.Equal(value, policy.Metadata.Labels["k"]);
        Assert.Equal("key", policy.Metadata.Labels[value]);
        Assert.Equal(value, policy.Spec.RateLimit!.Global!.Rules[0].ClientSelectors[0].Headers[0].Value);
        Assert.Equal(value, policy.Metadata.Finalizers[0]);
    }

    [Fact]
    public void PyYAML_reads_back_the_same_strings()
    {
        var names = HostileStrings.All.Keys.ToArray();
        var yaml = new ManifestSet(names.Select(name => Carrying(HostileStrings.All[name]))).ToYaml();

        var read = RunPyYaml(yaml);

        Assert.Equal(names.Length, read.Count);
        for (var i = 0; i < names.Length; i++)
        {
            Assert.True(HostileStrings.All[names[i]] == read[i], $"PyYAML read '{names[i]}' back as {JsonSerializer.Serialize(read[i])}");
        }
    }

    private static readonly IDeserializer TypedReader = new DeserializerBuilder().WithAttemptingUnquotedStringTypeDeserialization().Build();

    /// <summary>A policy carrying <paramref name="value"/> as a label value, a label key, a header value and a finalizer.</summary>
    private static BackendTrafficPolicy Carrying(string value) => new("hostile")
    {
        Metadata =
        {
            Labels = { ["k"] = value, [value] = "key" },
            Finalizers = { value },
        },
        Spec = { RateLimit = new() { Global = new() { Rules = { new() { ClientSelectors = { new() { Headers = { new() { Name = "h", Value = value } } } } } } } } },
    };

    // One python3 process for all values; prints the label "k" of every document as JSON.
    private static List<string?> RunPyYaml(string yaml)
    {
        const string Script = "import sys, json, yaml\n"
            + "docs = list(yaml.safe_load_all(sys.stdin.buffer.read().decode('utf-8')))\n"
            + "sys.stdout.write(json.dumps([d['metadata']['labels']['k'] for d in docs]))\n";
        var start = new ProcessStartInfo("python3")
        {
            ArgumentList = { "-c", Script },
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new System.Text.UTF8Encoding(false),
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start python3");
        process.StandardInput.Write(yaml);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (error.Contains("No module named 'yaml'", StringComparison.Ordinal))
        {
            Assert.Fail("PyYAML is missing: install python3-yaml (apt-get install python3-yaml) to run this test.");
        }

        Assert.True(process.ExitCode == 0, $"python3 failed: {error}");
        return JsonSerializer.Deserialize<List<string?>>(output.Result)!;
    }
}
