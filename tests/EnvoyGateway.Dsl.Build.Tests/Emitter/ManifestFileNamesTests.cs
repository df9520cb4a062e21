using EnvoyGateway.Dsl.Emitter;
using EnvoyGateway.Dsl.Gateway.V1Alpha1;

namespace EnvoyGateway.Dsl.Build.Tests.Emitter;

public class ManifestFileNamesTests
{
    [Fact]
    public void NamesAreKindNamespaceAndName()
    {
        var policy = new BackendTrafficPolicy("api-ratelimit") { Metadata = { Namespace = "shop" } };

        Assert.Equal("backendtrafficpolicy_shop_api-ratelimit.yaml", ManifestFileNames.For(policy));
    }

    [Fact]
    public void WithoutNamespaceTheNameHasTwoParts()
    {
        Assert.Equal("backendtrafficpolicy_api.v2.yaml", ManifestFileNames.For(new BackendTrafficPolicy("api.v2")));
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("..")]
    [InlineData(".hidden")]
    [InlineData("Upper")]
    [InlineData("")]
    public void UnsafeNamesGetNoFileName(string name)
    {
        Assert.Null(ManifestFileNames.For(new BackendTrafficPolicy(name) { Metadata = { Namespace = "shop" } }));
    }

    [Fact]
    public void UnsafeNamespacesGetNoFileName()
    {
        Assert.Null(ManifestFileNames.For(new BackendTrafficPolicy("api") { Metadata = { Namespace = "../x" } }));
    }

    [Fact]
    public void LongNamesAreCutAndEndInAHashOfTheWholeIdentity()
    {
        var a = ManifestFileNames.For(new BackendTrafficPolicy(new string('a', 250) + "1") { Metadata = { Namespace = "shop" } })!;
        var b = ManifestFileNames.For(new BackendTrafficPolicy(new string('a', 250) + "2") { Metadata = { Namespace = "shop" } })!;

        Assert.True(a.Length <= 200, a);
        Assert.EndsWith(".yaml", a, StringComparison.Ordinal);
        Assert.NotEqual(a, b);
    }
}
