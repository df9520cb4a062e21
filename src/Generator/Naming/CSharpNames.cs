using System.Text;
using EnvoyGateway.Dsl.Generator.Model;

namespace EnvoyGateway.Dsl.Generator.Naming;

/// <summary>The deterministic rules that turn JSON names and enum values into C# identifiers.</summary>
internal static class CSharpNames
{
    public const string EnvoyGatewayNamespace = "EnvoyGateway.Dsl.Gateway.V1Alpha1";
    public const string GatewayApiNamespace = "EnvoyGateway.Dsl.GatewayApi";

    /// <summary>Members every model class inherits (SourceTrackedObject, object): a property must not hide them.</summary>
    private static readonly HashSet<string> InheritedMembers = ["Source", "GetType", "ToString", "Equals", "GetHashCode", "MemberwiseClone", "Finalize", "ReferenceEquals"];

    /// <summary>What KubernetesObject adds for a kind's root class.</summary>
    private static readonly HashSet<string> KubernetesObjectMembers = ["ApiVersion", "Kind", "Metadata", "Group", "ToYaml", "Validate", "ApiVersionValue", "KindValue"];

    /// <summary>
    /// PascalCase of a JSON name: the first letter of each alphanumeric run upper-cased, the rest kept
    /// (<c>sourceCIDR</c> → <c>SourceCIDR</c>, <c>x-forwarded-for</c> → <c>XForwardedFor</c>).
    /// </summary>
    public static string Pascal(string jsonName)
    {
        var builder = new StringBuilder(jsonName.Length);
        var upperNext = true;
        foreach (var c in jsonName)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                upperNext = true;
                continue;
            }

            builder.Append(upperNext ? char.ToUpperInvariant(c) : c);
            upperNext = false;
        }

        if (builder.Length == 0 || char.IsAsciiDigit(builder[0]))
        {
            builder.Insert(0, 'N');
        }

        return builder.ToString();
    }

    /// <summary>
    /// The C# name of each property of <paramref name="type"/>: PascalCase of the JSON name. When that
    /// is taken (by the enclosing type's name, an inherited member, or an earlier property), "Value" and
    /// then a number are appended. "Earlier" means introduced in an older release, then ordinal JSON
    /// order, so a name never changes when a later release adds a colliding property.
    /// </summary>
    public static void AssignPropertyNames(ModelType type)
    {
        var taken = new HashSet<string>(InheritedMembers, StringComparer.Ordinal) { type.Name };
        if (type.Kind is not null)
        {
            taken.UnionWith(KubernetesObjectMembers);
        }

        foreach (var property in type.Properties.OrderBy(p => p.Releases.First).ThenBy(p => p.JsonName, StringComparer.Ordinal))
        {
            var name = property.VariantName ?? Pascal(property.JsonName);
            if (taken.Contains(name))
            {
                var suffixed = name + "Value";
                for (var n = 2; taken.Contains(suffixed); n++)
                {
                    suffixed = $"{name}Value{n}";
                }

                name = suffixed;
            }

            taken.Add(name);
            property.CSharpName = name;
        }
    }

    /// <summary>
    /// The constant name of a closed-set value: the value itself when it is an identifier; otherwise
    /// each character that cannot appear in one becomes '_' (<c>HTTP/2</c> → <c>HTTP_2</c>), a leading
    /// digit gets a 'V', and the first letter is upper-cased.
    /// </summary>
    public static string ConstantName(string value)
    {
        var builder = new StringBuilder(value.Length + 1);
        foreach (var c in value)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c == '_' ? c : '_');
        }

        if (builder.Length == 0 || builder.ToString().All(c => c == '_'))
        {
            return "Empty" + new string('_', builder.Length);
        }

        if (char.IsAsciiDigit(builder[0]))
        {
            builder.Insert(0, 'V');
        }

        builder[0] = char.ToUpperInvariant(builder[0]);
        return builder.ToString();
    }

    /// <summary>The C# namespace of a Go package: Gateway API's packages, or Envoy Gateway's (which also takes the Kubernetes types it embeds).</summary>
    public static string NamespaceOfGoPackage(string goPackage)
        => goPackage.StartsWith("sigs.k8s.io/gateway-api/", StringComparison.Ordinal) ? GatewayApiNamespace : EnvoyGatewayNamespace;

    /// <summary>The C# namespace of a kind's API group.</summary>
    public static string NamespaceOfGroup(string group)
        => group.EndsWith(".k8s.io", StringComparison.Ordinal) ? GatewayApiNamespace : EnvoyGatewayNamespace;

    /// <summary>The namespace's folder under src/Dsl/Generated.</summary>
    public static string FolderOfNamespace(string @namespace)
        => @namespace.StartsWith("EnvoyGateway.Dsl.", StringComparison.Ordinal)
            ? @namespace["EnvoyGateway.Dsl.".Length..].Replace('.', '/')
            : @namespace.Replace('.', '/');
}
