using EnvoyGateway.Dsl.Gateway.V1Alpha1;

namespace EnvoyGateway.Dsl.Tests.Yaml;

public sealed class ParseFileTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"egdsl-{Guid.NewGuid():N}.yaml");

    [Fact]
    public void Records_the_file_and_position_of_every_object()
    {
        File.WriteAllText(_path, """
            # leading comment
            apiVersion: gateway.envoyproxy.io/v1alpha1
            kind: BackendTrafficPolicy
            metadata:
              name: rl
            spec:
              rateLimit:
                type: Global
                global:
                  rules:
                  - clientSelectors:
                    - headers:
                      - name: x-user-id
                        type: Distinct
                    limit: {requests: 10, unit: Hour}
            """);

        var policy = (BackendTrafficPolicy)Assert.Single(ManifestSet.ParseFile(_path));

        Assert.Equal(new SourceLocation(_path, 2, 1), policy.Source);
        Assert.Equal(new SourceLocation(_path, 5, 3), policy.Metadata.Source);
        Assert.Equal(new SourceLocation(_path, 7, 3), policy.Spec.Source);
        var rule = policy.Spec.RateLimit!.Global!.Rules[0];
        Assert.Equal(new SourceLocation(_path, 11, 9), rule.Source);
        Assert.Equal(new SourceLocation(_path, 13, 13), rule.ClientSelectors[0].Headers[0].Source);
        Assert.Equal(new SourceLocation(_path, 15, 16), rule.Limit!.Source);
    }

    [Fact]
    public void Errors_name_the_file()
    {
        File.WriteAllText(_path, "apiVersion: gateway.envoyproxy.io/v1alpha1\nkind: BackendTrafficPolicy\nspec:\n  colour: red\n");

        var error = Assert.Throws<ManifestParseException>(() => ManifestSet.ParseFile(_path));

        Assert.Equal(_path, error.SourceName);
        Assert.StartsWith($"{_path}(4,3): unknown field \"colour\" in spec", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => File.Delete(_path);
}
