using EnvoyGateway.Dsl.CodeFixes;
using EnvoyGateway.Dsl.CodeFixes.Cel;
using EnvoyGateway.Dsl.CodeFixes.Controller;
using EnvoyGateway.Dsl.CodeFixes.Metadata;

namespace EnvoyGateway.Dsl.Analyzers.Tests.CodeFixes;

/// <summary>The fixes that replace one value: EG2002, EG3004, EG5001, EG5002.</summary>
public sealed class ValueCodeFixTests
{
    [Fact]
    public Task EG2002_sets_the_gateway_api_group_in_every_document()
        => new CodeFixVerifier<TargetGroupCodeFixProvider>(
            [Group("""{|EG2002:"apps"|}"""), Group("""{|EG2002:"gateway.networking.k8s.io/v1"|}""", "OtherPolicies")],
            [Group("\"gateway.networking.k8s.io\""), Group("\"gateway.networking.k8s.io\"", "OtherPolicies")],
            EquivalenceKeys.SetGatewayApiGroup).RunAsync();

    [Theory]
    [InlineData("10.0.0.1", "10.0.0.1/32")]
    [InlineData("2001:db8::1", "2001:db8::1/128")]
    public Task EG3004_a_bare_address_becomes_its_single_address_cidr(string address, string cidr)
        => CodeFixVerifier<SourceCidrCodeFixProvider>.VerifyAsync(
            PolicySource.WithSpec(PolicySource.Selector("SourceCIDR = new() { Value = {|EG3004:\"" + address + "\"|} }")),
            PolicySource.WithSpec(PolicySource.Selector("SourceCIDR = new() { Value = \"" + cidr + "\" }")),
            EquivalenceKeys.UseSingleAddressCidr);

    [Fact]
    public Task EG3004_offers_no_fix_for_a_value_that_is_no_address()
        => CodeFixVerifier<SourceCidrCodeFixProvider>.VerifyAsync(
            PolicySource.WithSpec(PolicySource.Selector("""SourceCIDR = new() { Value = {|EG3004:"office"|} }""")),
            PolicySource.WithSpec(PolicySource.Selector("""SourceCIDR = new() { Value = {|EG3004:"office"|} }""")));

    [Fact]
    public Task EG5001_renames_the_constructor_argument()
        => CodeFixVerifier<MetadataNameCodeFixProvider>.VerifyAsync(
            Named("""{|EG5001:"Bad_Name!"|}"""),
            Named("\"bad-name\""),
            EquivalenceKeys.NormalizeName);

    [Fact]
    public Task EG5002_renames_the_namespace()
        => CodeFixVerifier<MetadataNamespaceCodeFixProvider>.VerifyAsync(
            Named("\"api\"", """{|EG5002:"My Shop"|}"""),
            Named("\"api\"", "\"my-shop\""),
            EquivalenceKeys.NormalizeNamespace);

    private static string Group(string group, string className = "Policies") => PolicySource.Returning($$"""
        new BackendTrafficPolicy("api")
        {
            Metadata = { Namespace = "shop" },
            Spec = { TargetRef = new() { Group = {{group}}, Kind = "HTTPRoute", Name = "api" } },
        }
        """, className);

    private static string Named(string name, string @namespace = "\"shop\"") => PolicySource.Returning($$"""
        new BackendTrafficPolicy({{name}})
        {
            Metadata = { Namespace = {{@namespace}} },
            Spec = { {{PolicySource.ValidTarget}} },
        }
        """);
}
