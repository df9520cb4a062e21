using EnvoyGateway.Dsl.Analyzers.Tests.Infrastructure;
using EnvoyGateway.Dsl.Gateway.V1Alpha1;
using Microsoft.CodeAnalysis;

namespace EnvoyGateway.Dsl.Analyzers.Tests.Rules;

/// <summary>
/// EG2100 while you type: a generated CEL rule whose verdict is certain from constants is reported with build time's
/// path, message and key; a rule that depends on a value the analyzer cannot know stays silent (the build decides).
/// Every rule of the upstream suites is compared with build time in <see cref="CelEditTimeParityTests"/>.
/// </summary>
public sealed class EG2100Tests
{
    private const string FaultInjection = """
        public static BackendTrafficPolicy Api => new BackendTrafficPolicy("api")
        {
            Metadata = { Namespace = "shop" },
            Spec = { TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "Gateway", Name = "eg" }, FaultInjection = new() },
        };
        """;

    [Fact]
    public async Task A_constant_violation_is_reported_with_build_times_message_and_key()
    {
        var diagnostic = Assert.Single(await EG2100Of(Policy.InClass(FaultInjection), "1.0"));
        var policy = new BackendTrafficPolicy("api") { Metadata = { Namespace = "shop" }, Spec = { TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "Gateway", Name = "eg" }, FaultInjection = new() } };
        var built = Assert.Single(policy.Validate(EnvoyGatewayVersion.Parse("1.0")), d => d.Id == "EG2100");
        Assert.Equal(built.Message, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("BackendTrafficPolicy.spec.faultInjection@7800cbef", diagnostic.Properties["celRule"]);
        Assert.Equal("new()", diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan));
    }

    [Fact]
    public async Task A_rule_that_depends_on_a_value_not_known_is_silent()
    {
        // abort = { httpStatus and grpcStatus } may not both be set; a part built elsewhere may hold either.
        var source = Policy.InClass("""
            public static FaultInjectionAbort Abort() => new() { HttpStatus = 503 };

            public static BackendTrafficPolicy Api => new BackendTrafficPolicy("api")
            {
                Metadata = { Namespace = "shop" },
                Spec = { TargetRefs = [new() { Group = "gateway.networking.k8s.io", Kind = "Gateway", Name = "eg" }], FaultInjection = new() { Abort = Abort() } },
            };
            """);
        Assert.Empty(await EG2100Of(source, "1.9"));
    }

    [Fact]
    public async Task Both_sides_of_a_conditional_rule()
    {
        var source = Policy.InClass("""
            public static BackendTrafficPolicy Api(string type) => new BackendTrafficPolicy("api")
            {
                Metadata = { Namespace = "shop" },
                Spec =
                {
                    TargetRefs = [new() { Group = "gateway.networking.k8s.io", Kind = "Gateway", Name = "eg" }],
                    LoadBalancer = new() { Type = "Random", SlowStart = new() { Window = "10s" } },
                    HealthCheck = new() { Active = new() { Type = type, Http = new() { Path = "/healthz" } } },
                },
            };
            """);
        var diagnostic = Assert.Single(await EG2100Of(source, "1.9"));
        Assert.Contains("spec.loadBalancer: Currently SlowStart is only supported", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_rule_is_switched_off_by_its_key_and_the_others_stay()
    {
        var source = Policy.InClass("""
            public static BackendTrafficPolicy Api => new BackendTrafficPolicy("api")
            {
                Metadata = { Namespace = "shop" },
                Spec =
                {
                    TargetRefs = [new() { Group = "gateway.networking.k8s.io", Kind = "Gateway", Name = "eg" }],
                    FaultInjection = new(),
                    LoadBalancer = new() { Type = "Random", SlowStart = new() { Window = "10s" } },
                },
            };
            """);
        Assert.Equal(2, (await EG2100Of(source, SelectedRelease.Options("1.9"))).Count);
        var options = SelectedRelease.Options("1.9", (EnvoyGateway.Dsl.Cel.SuppressedCelRules.MSBuildProperty, "BackendTrafficPolicy.spec.faultInjection@7800cbef; Some.other@00000000"));
        var left = Assert.Single(await EG2100Of(source, options));
        Assert.StartsWith("BackendTrafficPolicy.spec.loadBalancer@", left.Properties["celRule"], StringComparison.Ordinal);
    }

    private static Task<List<Diagnostic>> EG2100Of(string source, string release) => EG2100Of(source, SelectedRelease.Options(release));

    private static async Task<List<Diagnostic>> EG2100Of(string source, Microsoft.CodeAnalysis.Diagnostics.AnalyzerOptions options)
    {
        Assert.Empty(AnalyzerRunner.Compile(source).GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var (diagnostics, exceptions) = await AnalyzerRunner.RunAsync(source, options);
        Assert.Empty(exceptions);
        return diagnostics.Where(d => d.Id == "EG2100").ToList();
    }
}
