using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace EnvoyGateway.Dsl.Emitter;

/// <summary>
/// File names of the written resources: <c>&lt;kind&gt;_&lt;namespace&gt;_&lt;name&gt;.yaml</c> (kind in lower
/// case; <c>&lt;kind&gt;_&lt;name&gt;.yaml</c> without a namespace), e.g.
/// <c>backendtrafficpolicy_shop_api-ratelimit.yaml</c>. Kubernetes names and namespaces never hold an
/// underscore, so the name is unambiguous and stable; names longer than the file system allows end in a
/// hash of the full identity. Validation (EG5001, EG5002) runs first; this class still refuses anything
/// that is not a plain DNS-style name, so no path separator or <c>..</c> can reach the file system.
/// </summary>
internal static class ManifestFileNames
{
    public const string Kustomization = "kustomization.yaml";
    private const int MaxFileNameLength = 200;

    /// <summary>The file name for <paramref name="resource"/>, or null when a part is not safe to use.</summary>
    public static string? For(KubernetesObject resource)
    {
        var kind = resource.Kind.ToLowerInvariant();
        var ns = resource.Metadata.Namespace;
        var name = resource.Metadata.Name;
        if (!IsSafePart(kind) || !IsSafePart(name) || (!string.IsNullOrEmpty(ns) && !IsSafePart(ns)))
        {
            return null;
        }

        var stem = string.IsNullOrEmpty(ns) ? $"{kind}_{name}" : $"{kind}_{ns}_{name}";
        if (stem.Length + ".yaml".Length > MaxFileNameLength)
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(resource.Group + "/" + stem)))[..12];
            stem = string.Create(CultureInfo.InvariantCulture, $"{stem[..(MaxFileNameLength - 32)]}-{hash}");
        }

        return stem + ".yaml";
    }

    /// <summary>Lower-case letters, digits, '-' and '.', not starting with '.': never a path, never hidden.</summary>
    public static bool IsSafePart(string? part)
        => !string.IsNullOrEmpty(part) && part[0] != '.' && part.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '.');

    /// <summary>A set folder name: a C# identifier is always safe, but the check is cheap.</summary>
    public static bool IsSafeFolder(string name)
        => name.Length > 0 && name[0] != '.' && name.IndexOfAny(Path.GetInvalidFileNameChars()) < 0 && name.IndexOfAny(['/', '\\', ':']) < 0;
}
