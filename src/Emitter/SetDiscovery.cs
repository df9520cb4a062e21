using System.Reflection;

namespace EnvoyGateway.Dsl.Emitter;

/// <summary>A public static <see cref="ManifestSet"/> property or field of a public type of the project.</summary>
/// <param name="Name">The member name: it names the output folder.</param>
/// <param name="Member">The member as <c>Namespace.Type.Member</c>, for messages.</param>
internal sealed record SetMember(string Name, string Member, MemberInfo Info);

/// <summary>A set whose member returned a value.</summary>
internal sealed record DiscoveredSet(string Name, string Member, ManifestSet Resources);

/// <summary>Finds the project's sets and evaluates them, reporting members that collide, throw or return null.</summary>
internal static class SetDiscovery
{
    public static IReadOnlyList<SetMember> FindMembers(Assembly assembly)
    {
        var members = new List<SetMember>();
        foreach (var type in assembly.GetExportedTypes())
        {
            if (type.ContainsGenericParameters)
            {
                continue;
            }

            const BindingFlags PublicStatic = BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly;
            var typeName = (type.FullName ?? type.Name).Replace('+', '.');
            foreach (var property in type.GetProperties(PublicStatic).OrderBy(p => p.MetadataToken))
            {
                if (property.PropertyType == typeof(ManifestSet) && property.GetIndexParameters().Length == 0 && property.GetMethod is { IsPublic: true })
                {
                    members.Add(new SetMember(property.Name, typeName + "." + property.Name, property));
                }
            }

            foreach (var field in type.GetFields(PublicStatic).OrderBy(f => f.MetadataToken))
            {
                if (field.FieldType == typeof(ManifestSet))
                {
                    members.Add(new SetMember(field.Name, typeName + "." + field.Name, field));
                }
            }
        }

        return members;
    }

    /// <summary>
    /// Evaluates every member whose name is unique (case-insensitively: names become folder names, and
    /// Windows and macOS folders ignore case); reports duplicates naming every member involved.
    /// </summary>
    public static IReadOnlyList<DiscoveredSet> Evaluate(IReadOnlyList<SetMember> members, Assembly userAssembly, SourceLocator sources, Action<BuildDiagnostic> report)
    {
        var sets = new List<DiscoveredSet>();
        foreach (var group in members.GroupBy(m => m.Name, StringComparer.OrdinalIgnoreCase))
        {
            if (group.Skip(1).Any())
            {
                report(BuildDiagnostic.WithoutLocation(ValidationSeverity.Error, BuildDiagnosticIds.DuplicateSetName,
                    $"{group.Count()} sets are named '{group.Key}': {string.Join(", ", group.Select(m => m.Member))}. " +
                    "A set's member name names its output folder; rename all but one."));
                continue;
            }

            var member = group.First();
            try
            {
                var value = member.Info is PropertyInfo property ? property.GetValue(null) : ((FieldInfo)member.Info).GetValue(null);
                if (value is ManifestSet set)
                {
                    sets.Add(new DiscoveredSet(member.Name, member.Member, set));
                }
                else
                {
                    report(BuildDiagnostic.WithoutLocation(ValidationSeverity.Error, BuildDiagnosticIds.NullSet,
                        $"{member.Member} is null; a set must be a ManifestSet (an empty one writes an empty folder)."));
                }
            }
            catch (Exception ex) when (ex is TargetInvocationException or TypeInitializationException)
            {
                report(UserException.Describe(member.Member, ex, userAssembly, sources));
            }
        }

        return sets;
    }
}
