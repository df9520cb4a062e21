using EnvoyGateway.Dsl.Analyzers.Tests.Infrastructure;

namespace EnvoyGateway.Dsl.Analyzers.Tests.Rules;

public sealed class EG5005Tests
{
    [Fact]
    public Task Server_populated_field_is_reported_on_the_value()
        => AnalyzerTest.VerifyAsync(
            Policy.Returned("""Metadata = { Namespace = "shop", Uid = {|#0:"d4f1"|} }, Spec = { TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "api" } },"""),
            AnalyzerTest.Diagnostic("EG5005").WithLocation(0)
                .WithMessage("metadata.uid is set to 'd4f1', but the API server populates this field and treats it as read-only: remove it from the manifest"));
    [Fact]
    public Task Generation_is_reported_on_the_value()
        => AnalyzerTest.VerifyAsync(
            Policy.Returned("""Metadata = { Namespace = "shop", Generation = {|#0:3|} }, Spec = { TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "api" } },"""),
            AnalyzerTest.Diagnostic("EG5005").WithLocation(0)
                .WithMessage("metadata.generation is set to '3', but the API server populates this field and treats it as read-only: remove it from the manifest"));
    [Fact]
    public Task Manifest_without_server_fields_is_accepted()
        => AnalyzerTest.VerifyAsync(
            Policy.Returned("""Metadata = { Namespace = "shop", GenerateName = "api-" }, Spec = { TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "api" } },"""));

}
