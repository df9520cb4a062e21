using EnvoyGateway.Dsl.Generator.Model;
using EnvoyGateway.Dsl.Generator.Naming;

namespace EnvoyGateway.Dsl.Generator.Emit;

/// <summary>
/// The constant name of each value of a closed set, in value order: <see cref="CSharpNames.ConstantName"/>,
/// numbered from 2 when two values spell the same name. One place, so that the holder classes and the
/// tables that point at their constants (the importer's) always agree.
/// </summary>
internal static class ClosedSetConstantNames
{
    public static IReadOnlyList<(string Value, string Name)> Of(ClosedSet closedSet)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal) { closedSet.Name };
        var names = new List<(string, string)>();
        foreach (var value in closedSet.Values.Keys)
        {
            var name = CSharpNames.ConstantName(value);
            for (var n = 2; !taken.Add(name); n++)
            {
                name = $"{CSharpNames.ConstantName(value)}{n}";
            }

            names.Add((value, name));
        }

        return names;
    }
}
