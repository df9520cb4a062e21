using EnvoyGateway.Dsl.Analyzers.Tests.Infrastructure;

namespace EnvoyGateway.Dsl.Analyzers.Tests.Rules.Kinds;

/// <summary>
/// Every kind, not only BackendTrafficPolicy, is checked while you type: the generated schema of the selected
/// release over the whole tree in view (KindWalker), and the metadata checks; at the value at fault, with the
/// build's message. ParityTests holds the IDs to the build's.
/// </summary>
public sealed class KindSchemaTests
{
    private const string Release = "1.9";

    private static string InClass(string members) => $$"""
        using System;
        using EnvoyGateway.Dsl;
        using EnvoyGateway.Dsl.Gateway.V1Alpha1;
        using EnvoyGateway.Dsl.GatewayApi;

        public static class Edge
        {
            {{members}}
        }
        """;

    [Fact]
    public Task Value_outside_an_enum_deep_in_a_route_is_reported_at_the_value()
        => AnalyzerTest.VerifyForAsync(
            Release,
            InClass("""
                public static HTTPRoute Api => new("api")
                {
                    Metadata = { Namespace = "shop" },
                    Spec = { Rules = { new() { Matches = { new() { Headers = { new() { Name = "x-team", Value = "edge", Type = {|#0:"Contains"|} } } } } } } },
                };
                """),
            AnalyzerTest.Diagnostic("EG1001").WithLocation(0)
                .WithMessage("'Contains' is not a valid HTTP header match type for spec.rules[0].matches[0].headers[0].type; use one of Exact, RegularExpression"));

    // A value on which the backtracking regex engine takes exponential time: it stopped the analyzer after a
    // second with a RegexMatchTimeoutException (AD0001) before patterns went to the non-backtracking engine.
    [Fact]
    public Task Header_value_the_backtracking_engine_cannot_decide_is_reported_at_the_value()
        => AnalyzerTest.VerifyForAsync(
            Release,
            InClass("""
                public static HTTPRoute Api => new("api")
                {
                    Metadata = { Namespace = "shop" },
                    Spec = { Rules = { new() { Matches = { new() { Headers = { new() { Name = "x-note", Value = {|#0:"an-unbroken-header-value-of-forty-characters  then two spaces"|} } } } } } } },
                };
                """),
            AnalyzerTest.Diagnostic("EG1003").WithLocation(0)
                .WithMessage("'an-unbroken-header-value-of-forty-characters  then two spaces' is not valid for spec.rules[0].matches[0].headers[0].value: must match the pattern '^[!-~]+([\\t ]?[!-~]+)*$'"));

    [Fact]
    public Task Number_above_the_maximum_in_a_gateway_listener_is_reported_at_the_value()
        => AnalyzerTest.VerifyForAsync(
            Release,
            InClass("""
                public static Gateway Edge1 => new("eg")
                {
                    Metadata = { Namespace = "shop" },
                    Spec = { GatewayClassName = "eg", Listeners = { new() { Name = "http", Port = {|#0:70000|}, Protocol = "HTTP" } } },
                };
                """),
            AnalyzerTest.Diagnostic("EG1008").WithLocation(0).WithMessage("70000 is out of range for spec.listeners[0].port: it must be between 1 and 65535"));

    [Fact]
    public Task Metadata_name_of_any_kind_is_checked()
        => AnalyzerTest.VerifyForAsync(
            Release,
            InClass("""
                public static HTTPRoute Api => new({|#0:"Bad_Route"|}) { Metadata = { Namespace = "shop" } };
                """),
            AnalyzerTest.Diagnostic("EG5001").WithLocation(0)
                .WithMessage("'Bad_Route' is not a valid metadata.name: must consist of lower case alphanumeric characters, '-' or '.'; for example 'bad-route'"));

    [Fact]
    public Task Values_the_analyzer_cannot_know_are_silent()
        => AnalyzerTest.VerifyForAsync(
            Release,
            InClass("""
                public static int Port => Environment.ProcessorCount * 70000;

                public static Gateway Edge1 => new("eg")
                {
                    Metadata = { Namespace = "shop" },
                    Spec = { GatewayClassName = "eg", Listeners = { new() { Name = "http", Port = Port, Protocol = "HTTP" } } },
                };
                """));

    [Fact]
    public Task A_kind_built_step_by_step_is_not_reported_missing_what_later_code_may_set()
        => AnalyzerTest.VerifyForAsync(
            Release,
            InClass("""
                public static ManifestSet Build()
                {
                    var gateway = new Gateway("eg") { Metadata = { Namespace = "shop" } };
                    gateway.Spec.GatewayClassName = "eg";
                    gateway.Spec.Listeners.Add(new() { Name = "http", Port = 80, Protocol = "HTTP" });
                    return [gateway];
                }
                """));
}
