using EnvoyGateway.Dsl.Emitter;

namespace EnvoyGateway.Dsl.Build.Tests.Emitter;

public class WarningPolicyTests
{
    [Fact]
    public void NoWarnHidesWarningsAndInfosButNeverErrors()
    {
        var policy = new WarningPolicy("1701;EG3009,\neg5006", "", "", treatWarningsAsErrors: false);

        Assert.Null(policy.Apply("EG3009", ValidationSeverity.Warning));
        Assert.Null(policy.Apply("EG5006", ValidationSeverity.Info));
        Assert.Equal(ValidationSeverity.Error, new WarningPolicy("EG1001", "", "", false).Apply("EG1001", ValidationSeverity.Error));
        Assert.Equal(ValidationSeverity.Warning, policy.Apply("EG3007", ValidationSeverity.Warning));
    }

    [Fact]
    public void WarningsAsErrorsAndTreatWarningsAsErrorsPromoteWarningsOnly()
    {
        Assert.Equal(ValidationSeverity.Error, new WarningPolicy("", "EG3009", "", false).Apply("EG3009", ValidationSeverity.Warning));
        Assert.Equal(ValidationSeverity.Error, new WarningPolicy("", "", "", true).Apply("EG3009", ValidationSeverity.Warning));
        Assert.Equal(ValidationSeverity.Warning, new WarningPolicy("", "", "EG3009", true).Apply("EG3009", ValidationSeverity.Warning));
        Assert.Equal(ValidationSeverity.Info, new WarningPolicy("", "", "", true).Apply("EG5006", ValidationSeverity.Info));
    }
}
