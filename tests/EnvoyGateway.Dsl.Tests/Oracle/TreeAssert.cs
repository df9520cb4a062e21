namespace EnvoyGateway.Dsl.Tests.Oracle;

/// <summary>Assertions on <see cref="Tree"/> values with a readable first-difference message.</summary>
internal static class TreeAssert
{
    public static void Equal(object? expected, object? actual, string? context = null)
    {
        if (Tree.FirstDifference(expected, actual) is { } difference)
        {
            Assert.Fail($"{(context is null ? "" : context + ": ")}first difference at {difference}\nexpected: {Tree.Render(expected)}\nactual:   {Tree.Render(actual)}");
        }
    }
}
