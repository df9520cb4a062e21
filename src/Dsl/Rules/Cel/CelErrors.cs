namespace EnvoyGateway.Dsl.Cel;

/// <summary>
/// The texts of CEL's evaluation errors, as the API server words them: one source for build time's exceptions
/// (CelLib) and edit time's error values (EditCel), so the two report a failing rule with the same message.
/// </summary>
internal static class CelErrors
{
    public static string NoSuchKey(string field) => "no such key: " + field;

    public static string IndexOutOfBounds(long index) => "index out of bounds: " + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public const string IntIsNotAString = "no such overload: int is not a string";
}
