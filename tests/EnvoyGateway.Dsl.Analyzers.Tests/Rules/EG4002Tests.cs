using EnvoyGateway.Dsl.Analyzers.Tests.Infrastructure;

namespace EnvoyGateway.Dsl.Analyzers.Tests.Rules;

public sealed class EG4002Tests
{
    [Fact]
    public Task Second_policy_with_the_same_name_is_reported_on_its_creation()
        => AnalyzerTest.VerifyAsync(
            Policy.InClass("""
                public static ManifestSet Set { get; } =
                [
                    new BackendTrafficPolicy("a") { Metadata = { Namespace = "shop" }, Spec = { TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "api" } } },
                    {|#0:new BackendTrafficPolicy("a")|} { Metadata = { Namespace = "shop" }, Spec = { TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "web" } } },
                ];
                """),
            AnalyzerTest.Diagnostic("EG4002").WithLocation(0)
                .WithMessage("BackendTrafficPolicy 'shop/a' is defined twice in the set (first at position 1); the second overwrites the first when applied: rename one of them (at metadata.name)"));
    [Fact]
    public Task Policies_with_different_names_are_accepted()
        => AnalyzerTest.VerifyAsync(
            Policy.InClass("""
                public static ManifestSet Set { get; } =
                [
                    new BackendTrafficPolicy("a") { Metadata = { Namespace = "shop" }, Spec = { TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "api" } } },
                    new BackendTrafficPolicy("b") { Metadata = { Namespace = "shop" }, Spec = { TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "web" } } },
                ];
                """));

}
