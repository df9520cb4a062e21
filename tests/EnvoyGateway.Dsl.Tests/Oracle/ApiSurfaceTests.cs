using System.Globalization;

namespace EnvoyGateway.Dsl.Tests.Oracle;

/// <summary>
/// Every one of the jsonnet library's 41 functions (api_surface.json: path and the fragment it emits for
/// a probe argument) has a C# equivalent emitting the same fragment. Where a typed model cannot hold the
/// probe (shape-only probes, a non-timestamp timestamp), the case states the deviation, the test checks
/// that jsonnet really emitted what the deviation replaces, and compares against the replacement.
/// </summary>
public sealed class ApiSurfaceTests
{
    private const string Program = "api_surface";

    public static TheoryData<string> Functions()
    {
        var data = new TheoryData<string>();
        foreach (var path in Surface().Keys)
        {
            data.Add(path);
        }

        return data;
    }

    [Fact]
    public void Surface_has_41_functions_and_each_has_a_csharp_equivalent()
    {
        var jsonnet = Surface().Keys.Order(StringComparer.Ordinal).ToList();

        Assert.Equal(41, jsonnet.Count);
        Assert.Equal(jsonnet, ApiSurfaceCases.All.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Functions))]
    public void Function_has_a_csharp_equivalent_emitting_the_same_fragment(string function)
    {
        var @case = ApiSurfaceCases.All[function];
        var expected = Surface()[function];
        foreach (var deviation in @case.Deviations)
        {
            TreeAssert.Equal(deviation.Jsonnet, Tree.At(expected, deviation.Path), $"{function}: what jsonnet emitted where the typed model deviates ({deviation.Why})");
            expected = Tree.With(expected, deviation.Path, deviation.Typed);
        }

        var document = OracleOutput.Ours(@case.Build());
        var actual = @case.ElementPath is { } element
            ? Tree.At(document, element)
            : Tree.Added(document, OracleOutput.Ours(ApiSurfaceCases.Baseline()));
        TreeAssert.Equal(expected, actual, function);
    }

    [Theory]
    [InlineData("metadata.withCreationTimestamp", "metadata.creationTimestamp")]
    [InlineData("metadata.withDeletionTimestamp", "metadata.deletionTimestamp")]
    public void Timestamp_probe_is_not_a_timestamp_so_the_typed_model_writes_a_real_one(string function, string field)
    {
        // jsonnet passes any string through; the probe was the letter 'S'.
        Assert.Equal("S", Tree.At(Surface()[function], field));

        // Our property is a DateTimeOffset?, which cannot hold 'S' (it does not even parse as one). The C#
        // equivalent sets a real instant instead, written as RFC 3339 UTC with second precision.
        Assert.False(DateTimeOffset.TryParse("S", CultureInfo.InvariantCulture, DateTimeStyles.None, out _));
        Assert.Equal(ApiSurfaceCases.TimestampText, Tree.At(OracleOutput.Ours(ApiSurfaceCases.All[function].Build()), field));
    }

    [Fact]
    public void Deviations_are_exactly_the_shapes_a_typed_model_cannot_hold()
    {
        string[] expected =
        [
            "metadata.withCreationTimestamp", "metadata.withDeletionTimestamp",
            "metadata.withOwnerReferences", "metadata.withOwnerReferencesMixin",
            "new",
            "spec.rateLimit.global.rules.clientSelectors.withHeaders", "spec.rateLimit.global.rules.clientSelectors.withHeadersMixin",
            "spec.rateLimit.global.rules.withClientSelectors", "spec.rateLimit.global.rules.withClientSelectorsMixin",
            "spec.rateLimit.global.withRules", "spec.rateLimit.global.withRulesMixin",
        ];

        Assert.Equal(expected, ApiSurfaceCases.All.Where(c => c.Value.Deviations.Length > 0).Select(c => c.Key).Order(StringComparer.Ordinal));
    }

    /// <summary>api_surface.json as function path → emitted fragment.</summary>
    private static Dictionary<string, object?> Surface()
    {
        var entries = Assert.IsType<List<object?>>(OracleOutput.Json(Program));
        return entries.ToDictionary(e => Assert.IsType<string>(Tree.At(e, "path")), e => Tree.At(e, "output"), StringComparer.Ordinal);
    }
}
