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
        ]);

        Assert.Equal("/p/obj/P.dll", settings.AssemblyPath);
        Assert.Equal("1701;EG3009", settings.NoWarn);
        Assert.True(settings.TreatWarningsAsErrors);
        Assert.Equal(["/r/a.dll", "/r/b.dll"], settings.References);
        Assert.Equal("/p/=/_/", settings.PathMap);
        Assert.Null(settings.ErrorLog);
    }

    [Fact]
    public void AMissingRequiredKeyIsAnError()
    {
        Assert.Throws<FormatException>(() => EmitSettings.Parse(["assembly=/p/obj/P.dll"]));
    }
}
