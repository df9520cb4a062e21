using EnvoyGateway.Dsl.Analyzers.Tests.Infrastructure;

namespace EnvoyGateway.Dsl.Analyzers.Tests.Rules;

public sealed class EG5002Tests
{
    [Fact]
    public Task Invalid_namespace_is_reported_on_the_value()
        => AnalyzerTest.VerifyAsync(
            Policy.Returned("""Metadata = { Namespace = {|#0:"Shop"|} }, Spec = { TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "api" } },"""),
            AnalyzerTest.Diagnostic("EG5002").WithLocation(0)
                .WithMessage("'Shop' is not a valid metadata.namespace: must consist of lower case alphanumeric characters or '-'; for example 'shop'"));
    [Fact]
    public Task Dns_label_namespace_is_accepted()
        => AnalyzerTest.VerifyAsync(
            Policy.Returned("""Metadata = { Namespace = "shop",  }, Spec = { TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "api" } },"""));

}
