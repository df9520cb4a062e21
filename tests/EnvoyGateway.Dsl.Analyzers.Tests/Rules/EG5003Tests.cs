using EnvoyGateway.Dsl.Analyzers.Tests.Infrastructure;

namespace EnvoyGateway.Dsl.Analyzers.Tests.Rules;

public sealed class EG5003Tests
{
    [Fact]
    public Task Invalid_label_key_is_reported_on_the_key()
        => AnalyzerTest.VerifyAsync(
            Policy.Returned("""Metadata = { Namespace = "shop", Labels = { [{|#0:"bad key!"|}] = "v" } }, Spec = { TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "api" } },"""),
            AnalyzerTest.Diagnostic("EG5003").WithLocation(0)
                .WithMessage("Label key 'bad key!' at metadata.labels is invalid: name part must consist of alphanumeric characters, '-', '_' or '.'"));
    [Fact]
    public Task Invalid_label_value_is_reported_on_the_value()
        => AnalyzerTest.VerifyAsync(
            Policy.Returned("""Metadata = { Namespace = "shop", Labels = { { "team", {|#0:"-edge"|} } } }, Spec = { TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "api" } },"""),
            AnalyzerTest.Diagnostic("EG5003").WithLocation(0)
                .WithMessage("Label value '-edge' at metadata.labels is invalid: must start and end with an alphanumeric character"));
    [Fact]
    public Task Valid_labels_are_accepted()
        => AnalyzerTest.VerifyAsync(
            Policy.Returned("""Metadata = { Namespace = "shop", Labels = { ["app.kubernetes.io/name"] = "api", ["team"] = "edge" } }, Spec = { TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "api" } },"""));

}
