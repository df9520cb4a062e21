using EnvoyGateway.Dsl.Analyzers.Tests.Infrastructure;

namespace EnvoyGateway.Dsl.Analyzers.Tests.Rules;

public sealed class EG5004Tests
{
    [Fact]
    public Task Invalid_annotation_key_is_reported_on_the_key()
        => AnalyzerTest.VerifyAsync(
            Annotated("""[{|#0:"bad key!"|}] = "v" """),
            AnalyzerTest.Diagnostic("EG5004").WithLocation(0)
                .WithMessage("Annotations at metadata.annotations are invalid: key 'bad key!' name part must consist of alphanumeric characters, '-', '_' or '.'"));

    [Fact]
    public Task Annotations_over_256_KiB_are_reported_on_the_member_name()
        => AnalyzerTest.VerifyAsync(
            Policy.InClass($$"""
                private const string Large = "{{new string('x', 262_144)}}";
                public static BackendTrafficPolicy Api => new BackendTrafficPolicy("api")
                {
                    Metadata = { Namespace = "shop", {|#0:Annotations|} = { ["note"] = Large } },
                    Spec = { TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "api" } },
                };
                """),
            AnalyzerTest.Diagnostic("EG5004").WithLocation(0)
                .WithMessage("Annotations at metadata.annotations are invalid: together they are 262148 bytes, more than the 262144 (256 KiB) Kubernetes allows; move large data into a ConfigMap"));

    [Fact]
    public Task Valid_annotations_are_accepted()
        => AnalyzerTest.VerifyAsync(Annotated("""["example.com/owner"] = "edge-team" """));

    private static string Annotated(string entries) => Policy.Returned($$""""
        Metadata = { Namespace = "shop", Annotations = { {{entries}} } },
                Spec = { TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "api" } },
        """");
}
