using EnvoyGateway.Dsl.Emitter;

namespace EnvoyGateway.Dsl.Build.Tests.Emitter;

public class EmitSettingsTests
{
    [Fact]
    public void ParsesKeyValueLinesWithRepeatedReferences()
    {
        var settings = EmitSettings.Parse([
            "assembly=/p/obj/P.dll", "projectDirectory=/p", "outputRoot=/p/out/", "noWarn=1701;EG3009",
            "treatWarningsAsErrors=True", "reference=/r/a.dll", "reference=/r/b.dll", "pathMap=/p/=/_/",
            "suppressedCelRules=BackendTrafficPolicy.spec.faultInjection@7800cbef;;HTTPRoute.spec@00000000",
        ]);

        Assert.Equal("/p/obj/P.dll", settings.AssemblyPath);
        Assert.Equal("1701;EG3009", settings.NoWarn);
        Assert.True(settings.TreatWarningsAsErrors);
        Assert.Equal(["/r/a.dll", "/r/b.dll"], settings.References);
        Assert.Equal("/p/=/_/", settings.PathMap);
        Assert.Null(settings.ErrorLog);
        Assert.Equal("BackendTrafficPolicy.spec.faultInjection@7800cbef;;HTTPRoute.spec@00000000", settings.SuppressedCelRules);
    }

    [Fact]
    public void AMissingRequiredKeyIsAnError()
    {
        Assert.Throws<FormatException>(() => EmitSettings.Parse(["assembly=/p/obj/P.dll"]));
    }

    [Theory]
    [InlineData("", "1.9")]
    [InlineData("envoyGatewayVersion=", "1.9")]
    [InlineData("envoyGatewayVersion=0.6", "0.6")]
    [InlineData("envoyGatewayVersion=1.4", "1.4")]
    public void TheReleaseDefaultsToTheNewest(string line, string expected)
    {
        var settings = EmitSettings.Parse(["assembly=/p/obj/P.dll", "projectDirectory=/p", "outputRoot=/p/out/", line]);

        Assert.Equal(EnvoyGatewayVersion.Parse(expected), settings.Release);
    }

    [Fact]
    public void AnUnsupportedReleaseIsNoRelease_TheEmitterReportsEG9007()
    {
        var settings = EmitSettings.Parse(["assembly=/p/obj/P.dll", "projectDirectory=/p", "outputRoot=/p/out/", "envoyGatewayVersion=2.0"]);

        Assert.Equal("2.0", settings.ReleaseText);
        Assert.Null(settings.Release);
    }
}
