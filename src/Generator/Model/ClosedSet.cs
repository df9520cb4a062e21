using EnvoyGateway.Dsl.Generator.Releases;

namespace EnvoyGateway.Dsl.Generator.Model;

/// <summary>
/// A static class of <c>const string</c> values for one closed set (a Go string enum type such as
/// <c>RateLimitUnit</c>), shared by every property whose values it names.
/// </summary>
internal sealed class ClosedSet(string @namespace, string name)
{
    public string Namespace { get; } = @namespace;

    public string Name { get; } = name;

    public string FullName => $"{Namespace}.{Name}";

    public SortedSet<string> GoTypes { get; } = new(StringComparer.Ordinal);

    public List<ModelProperty> Properties { get; } = [];

    /// <summary>
    /// Every value of every property it serves, with the releases that allow it somewhere. A release in
    /// which a property exists without an enum (v0.6's sourceCIDR type) allows every value there: the
    /// constant is not outside that release.
    /// </summary>
    public SortedDictionary<string, ReleaseSet> Values
    {
        get
        {
            var values = new SortedDictionary<string, ReleaseSet>(StringComparer.Ordinal);
            var anyValue = ReleaseSet.Empty;
            foreach (var property in Properties)
            {
                var withEnum = ReleaseSet.Empty;
                foreach (var (value, releases) in property.EnumValues)
                {
                    values[value] = values.GetValueOrDefault(value).Union(releases);
                    withEnum = withEnum.Union(releases);
                }

                anyValue = anyValue.Union(property.Releases.Except(withEnum));
            }

            foreach (var value in values.Keys.ToList())
            {
                values[value] = values[value].Union(anyValue);
            }

            return values;
        }
    }

    public override string ToString() => FullName;
}
