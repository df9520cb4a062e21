using System.Text;

namespace EnvoyGateway.Dsl.Serialization;

/// <summary>
/// Writes resources as Kubernetes-conventional YAML: apiVersion, kind, metadata, spec, then every level
/// in the CRD's (alphabetical) order; unset fields and empty lists/maps omitted; set-but-empty optional
/// parts as <c>{}</c>. Hand-written rather than YamlDotNet's serializer: see docs/performance.md.
/// </summary>
internal static class YamlWriter
{
    public static string Write(KubernetesObject resource) => Write(resource, EnvoyGatewayVersion.Newest);

    /// <summary>One document as <paramref name="release"/> writes it (the apiVersion it serves, newest first).</summary>
    public static string Write(KubernetesObject resource, EnvoyGatewayVersion release)
    {
        using var buffer = new YamlBuffer(4096);
        WriteDocument(buffer, resource, release);
        return buffer.ToString();
    }

    /// <summary>One document as UTF-8 bytes, the same text as <see cref="Write(KubernetesObject)"/>.</summary>
    public static byte[] WriteUtf8(KubernetesObject resource) => WriteUtf8(resource, EnvoyGatewayVersion.Newest);

    /// <summary>
    /// One document as UTF-8 bytes, the same text as <see cref="Write(KubernetesObject, EnvoyGatewayVersion)"/>,
    /// encoded from the pooled buffer: writing thousands of files allocates only their bytes.
    /// </summary>
    public static byte[] WriteUtf8(KubernetesObject resource, EnvoyGatewayVersion release)
    {
        using var buffer = new YamlBuffer(4096);
        WriteDocument(buffer, resource, release);
        var bytes = new byte[Encoding.UTF8.GetByteCount(buffer.Written)];
        Encoding.UTF8.GetBytes(buffer.Written, bytes);
        return bytes;
    }

    public static string Write(ManifestSet set) => Write(set, EnvoyGatewayVersion.Newest);

    public static string Write(ManifestSet set, EnvoyGatewayVersion release)
    {
        // Half a kilobyte a document to start (the v0.6 bench shape writes about 650 characters, the v1.9 one 1,330): the
        // pool rounds up to a power of two, and the buffer doubles when a set needs more.
        using var buffer = new YamlBuffer((int)Math.Min(Array.MaxLength, (long)set.Count * 512));
        for (var i = 0; i < set.Count; i++)
        {
            if (i > 0)
            {
                buffer.Append("---\n");
            }

            WriteDocument(buffer, set[i], release);
        }

        return buffer.ToString();
    }

    /// <summary>Every kind is generated (GeneratedYamlWriter); a kind outside the model cannot be built, but a subclass in the library could.</summary>
    public static void WriteDocument(YamlBuffer buffer, KubernetesObject resource, EnvoyGatewayVersion release)
    {
        if (!GeneratedYamlWriter.TryWriteDocument(buffer, resource, release))
        {
            throw new NotSupportedException($"Cannot write {resource.GetType().Name}.");
        }
    }

    internal static void WriteMetadata(YamlTextWriter writer, ref YamlTextWriter.Scope parent, ObjectMeta meta)
    {
        var scope = writer.BeginMap(ref parent, "metadata");
        writer.StringMap(ref scope, "annotations", meta.AnnotationsIfCreated);
        writer.String(ref scope, "clusterName", meta.ClusterName);
        writer.Timestamp(ref scope, "creationTimestamp", meta.CreationTimestamp);
        writer.Integer(ref scope, "deletionGracePeriodSeconds", meta.DeletionGracePeriodSeconds);
        writer.Timestamp(ref scope, "deletionTimestamp", meta.DeletionTimestamp);
        if (meta.FinalizersIfCreated is { Count: > 0 } finalizers)
        {
            writer.BeginSequence(ref scope, "finalizers");
            foreach (var finalizer in finalizers)
            {
                writer.StringItem(scope, finalizer);
            }
        }

        writer.String(ref scope, "generateName", meta.GenerateName);
        writer.Integer(ref scope, "generation", meta.Generation);
        writer.StringMap(ref scope, "labels", meta.LabelsIfCreated);
        writer.String(ref scope, "name", meta.Name);
        writer.String(ref scope, "namespace", meta.Namespace);
        if (meta.OwnerReferencesIfCreated is { Count: > 0 } owners)
        {
            writer.BeginSequence(ref scope, "ownerReferences");
            foreach (var owner in owners)
            {
                var item = writer.BeginItem(scope);
                writer.String(ref item, "apiVersion", owner.ApiVersion);
                writer.Boolean(ref item, "blockOwnerDeletion", owner.BlockOwnerDeletion);
                writer.Boolean(ref item, "controller", owner.Controller);
                writer.String(ref item, "kind", owner.Kind);
                writer.String(ref item, "name", owner.Name);
                writer.String(ref item, "uid", owner.Uid);
                writer.EndMap(item);
            }
        }

        writer.String(ref scope, "resourceVersion", meta.ResourceVersion);
        writer.String(ref scope, "selfLink", meta.SelfLink);
        writer.String(ref scope, "uid", meta.Uid);
        writer.EndMap(scope);
    }
}
