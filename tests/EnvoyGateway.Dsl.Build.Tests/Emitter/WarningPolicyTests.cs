using EnvoyGateway.Dsl.Emitter;

namespace EnvoyGateway.Dsl.Build.Tests.Emitter;

public class WarningPolicyTests
{
    [Fact]
    public void NoWarnHidesWarningsAndInfosButNeverErrors()
    {
        var policy = new WarningPolicy("1701;EG3009,\neg5006", "", "", treatWarningsAsErrors: false);

        Assert.Null(policy.Apply("EG3009", BuildSeverity.Warning));
        Assert.Null(policy.Apply("EG5006", BuildSeverity.Info));
        Assert.Equal(BuildSeverity.Error, new WarningPolicy("EG1001", "", "", false).Apply("EG1001", BuildSeverity.Error));
        Assert.Equal(BuildSeverity.Warning, policy.Apply("EG3007", BuildSeverity.Warning));
    }

    [Fact]
    public void WarningsAsErrorsAndTreatWarningsAsErrorsPromoteWarningsOnly()
    {
        Assert.Equal(BuildSeverity.Error, new WarningPolicy("", "EG3009", "", false).Apply("EG3009", BuildSeverity.Warning));
        Assert.Equal(BuildSeverity.Error, new WarningPolicy("", "", "", true).Apply("EG3009", BuildSeverity.Warning));
        Assert.Equal(BuildSeverity.Warning, new WarningPolicy("", "", "EG3009", true).Apply("EG3009", BuildSeverity.Warning));
        Assert.Equal(BuildSeverity.Info, new WarningPolicy("", "", "", true).Apply("EG5006", BuildSeverity.Info));
    }
}
