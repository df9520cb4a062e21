using EnvoyGateway.Dsl.Analyzers.Tests.Infrastructure;

namespace EnvoyGateway.Dsl.Analyzers.Tests.Rules;

public sealed class EG5001Tests
{
    [Fact]
    public Task Invalid_name_is_reported_on_the_constructor_argument()
        => AnalyzerTest.VerifyAsync(
            Policy.Returned(Policy.Valid(), name: """{|#0:"Bad_Name!"|}"""),
            AnalyzerTest.Diagnostic("EG5001").WithLocation(0)
                .WithMessage("'Bad_Name!' is not a valid metadata.name: must consist of lower case alphanumeric characters, '-' or '.'; for example 'bad-name'"));
    [Fact]
    public Task Invalid_name_in_metadata_is_reported_on_its_value()
        => AnalyzerTest.VerifyAsync(
            Policy.Returned("""Metadata = { Name = {|#0:"Api"|}, Namespace = "shop" }, Spec = { TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "api" } },"""),
            AnalyzerTest.Diagnostic("EG5001").WithLocation(0)
                .WithMessage("'Api' is not a valid metadata.name: must consist of lower case alphanumeric characters, '-' or '.'; for example 'api'"));
    [Fact]
    public Task Dns_subdomain_name_is_accepted()
        => AnalyzerTest.VerifyAsync(
            Policy.Returned(Policy.Valid(), name: "\"api.v2\""));

}
