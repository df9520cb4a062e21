using EnvoyGateway.Dsl.Analyzers.Tests.Infrastructure;

namespace EnvoyGateway.Dsl.Analyzers.Tests.Rules;

public sealed class EG1004Tests
{
    [Fact]
    public Task Seventeen_rules_are_reported_on_the_list_name()
        => AnalyzerTest.VerifyAsync(
            Policy.Returned(Policy.Valid("""RateLimit = new() { Type = "Global", Global = new() { {|#0:Rules|} = { new() { Limit = new() { Requests = 10, Unit = "Minute" } }, new() { Limit = new() { Requests = 10, Unit = "Minute" } }, new() { Limit = new() { Requests = 10, Unit = "Minute" } }, new() { Limit = new() { Requests = 10, Unit = "Minute" } }, new() { Limit = new() { Requests = 10, Unit = "Minute" } }, new() { Limit = new() { Requests = 10, Unit = "Minute" } }, new() { Limit = new() { Requests = 10, Unit = "Minute" } }, new() { Limit = new() { Requests = 10, Unit = "Minute" } }, new() { Limit = new() { Requests = 10, Unit = "Minute" } }, new() { Limit = new() { Requests = 10, Unit = "Minute" } }, new() { Limit = new() { Requests = 10, Unit = "Minute" } }, new() { Limit = new() { Requests = 10, Unit = "Minute" } }, new() { Limit = new() { Requests = 10, Unit = "Minute" } }, new() { Limit = new() { Requests = 10, Unit = "Minute" } }, new() { Limit = new() { Requests = 10, Unit = "Minute" } }, new() { Limit = new() { Requests = 10, Unit = "Minute" } }, new() { Limit = new() { Requests = 10, Unit = "Minute" } } } } },""")),
            AnalyzerTest.Diagnostic("EG1004").WithLocation(0)
                .WithMessage("spec.rateLimit.global.rules has 17 items but at most 16 are allowed; split the rules across several policies targeting different routes"));
    [Fact]
    public Task Sixteen_rules_are_accepted()
        => AnalyzerTest.VerifyAsync(
            Policy.Returned(Policy.Valid("""RateLimit = new() { Type = "Global", Global = new() { Rules = { new() { Limit = new() { Requests = 10, Unit = "Minute" } }, new() { Limit = new() { Requests = 10, Unit = "Minute" } }, new() { Limit = new() { Requests = 10, Unit = "Minute" } }, new() { Limit = new() { Requests = 10, Unit = "Minute" } }, new() { Limit = new() { Requests = 10, Unit = "Minute" } }, new() { Limit = new() { Requests = 10, Unit = "Minute" } }, new() { Limit = new() { Requests = 10, Unit = "Minute" } }, new() { Limit = new() { Requests = 10, Unit = "Minute" } }, new() { Limit = new() { Requests = 10, Unit = "Minute" } }, new() { Limit = new() { Requests = 10, Unit = "Minute" } }, new() { Limit = new() { Requests = 10, Unit = "Minute" } }, new() { Limit = new() { Requests = 10, Unit = "Minute" } }, new() { Limit = new() { Requests = 10, Unit = "Minute" } }, new() { Limit = new() { Requests = 10, Unit = "Minute" } }, new() { Limit = new() { Requests = 10, Unit = "Minute" } }, new() { Limit = new() { Requests = 10, Unit = "Minute" } } } } },""")));

}
