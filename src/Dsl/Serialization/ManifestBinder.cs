using EnvoyGateway.Dsl.Releases;

namespace EnvoyGateway.Dsl.Serialization;

/// <summary>
/// Binds document trees to resources: a single resource or a <c>v1 List</c> per document, the kind and
/// apiVersion check, and <c>metadata</c>. Every created object records its mapping's position.
/// </summary>
internal static class ManifestBinder
{
    private const string ResourceFields = "apiVersion, kind, metadata, spec";
    private const string ListFields = "apiVersion, items, kind, metadata";
    private const string ListMetaFields = "continue, remainingItemCount, resourceVersion, selfLink";
    private const string MetadataFields = "annotations, clusterName, creationTimestamp, deletionGracePeriodSeconds, deletionTimestamp, finalizers, generateName, generation, labels, name, namespace, ownerReferences, resourceVersion, selfLink, uid";
    private const string OwnerReferenceFields = "apiVersion, blockOwnerDeletion, controller, kind, name, uid";

    public static void BindDocument(BindContext context, YamlNode root, StreamContents target, EnvoyGatewayVersion release)
    {
        if (context.Mapping(root) is not { } document)
        {
            return; // an empty document, e.g. after a trailing "---"
        }

        if (Field(document, "apiVersion") is YamlScalarNode { Value: "v1" } && Field(document, "kind") is YamlScalarNode { Value: "List" })
        {
            BindList(context, document, target, release);
        }
        else if (BindResource(context, document, target, release) is { } resource)
        {
            target.Resources.Add(resource);
        }
    }

    private static void BindList(BindContext context, YamlMappingNode list, StreamContents target, EnvoyGatewayVersion release)
    {
        foreach (var (key, value) in list.Entries)
        {
            context.Path.Push(key.Value);
            switch (key.Value)
            {
                case "apiVersion" or "kind":
                    break;
                case "metadata":
                    if (context.Mapping(value) is { } listMeta)
                    {
                        foreach (var entry in listMeta.Entries)
                        {
                            if (entry.Key.Value is not ("continue" or "remainingItemCount" or "resourceVersion" or "selfLink"))
                            {
                                context.Path.Push(entry.Key.Value);
                                throw context.UnknownField(entry.Key, "the List's metadata", ListMetaFields);
                            }
                        }
                    }

                    break;
                case "items":
                    var resources = new List<KubernetesObject?>();
                    context.Items(value, "items", resources, (c, item) => BindResource(c, c.Mapping(item) ?? throw c.Error(item, "expected a resource, found null"), target, release));
                    foreach (var resource in resources)
                    {
                        if (resource is not null)
                        {
                            target.Resources.Add(resource);
                        }
                    }

                    break;
                default:
                    throw context.UnknownField(key, "List", ListFields);
            }

            context.Path.Pop();
        }
    }

    /// <summary>The resource, or null when its kind is set aside (a kind the DSL does not model, in a mixed stream).</summary>
    private static KubernetesObject? BindResource(BindContext context, YamlMappingNode document, StreamContents target, EnvoyGatewayVersion release)
    {
        var (resource, kind) = CreateResource(context, document, target.SetsAsideOtherKinds, release);
        if (resource is null)
        {
            target.SetAside(kind);
            return null;
        }

        context.Record(resource, document);

        // The resource's own metadata and spec, created with it, are bound into rather than replaced. Its
        // name, "" from the constructor, starts unset as in a document without one.
        var meta = resource.Metadata;
        meta.Name = null;
        meta.Source = resource.Source;
        YamlMappingNode? spec = null;
        foreach (var (key, value) in document.Entries)
        {
            context.Path.Push(key.Value);
            switch (key.Value)
            {
                case "apiVersion" or "kind":
                    break;
                case "metadata":
                    if (context.Mapping(value) is { } metadata)
                    {
                        BindMetadata(context, metadata, meta);
                    }

                    break;
                case "spec":
                    spec = context.Mapping(value);
                    if (spec is not null)
                    {
                        GeneratedSpecBinder.TryBindSpec(context, resource, spec, release);
                    }

                    break;
                case "status":
                    throw context.Error(key, "status is written by the Envoy Gateway controller and must be removed from the manifest");
                default:
                    throw context.UnknownField(key, resource.Kind, ResourceFields);
            }

            context.Path.Pop();
        }

        if (spec is null)
        {
            GeneratedSpecBinder.TryBindSpec(context, resource, null, release);
        }

        return resource;
    }

    /// <summary>
    /// The empty resource of the document's kind after the kind and apiVersion checks; null (with the kind's
    /// name) when the DSL does not model the kind and <paramref name="setAside"/> allows that.
    /// </summary>
    private static (KubernetesObject? Resource, string Kind) CreateResource(BindContext context, YamlMappingNode document, bool setAside, EnvoyGatewayVersion release)
    {
        var kind = Field(document, "kind");
        var apiVersion = Field(document, "apiVersion");
        if (kind is null)
        {
            throw context.Error(document, "missing kind");
        }

        context.Path.Push("kind");
        var kindName = context.String(kind) ?? throw context.Error(kind, "expected a kind, found null");
        context.Path.Pop();
        if (apiVersion is null)
        {
            throw context.Error(document, $"missing apiVersion for kind {kindName}");
        }

        context.Path.Push("apiVersion");
        var versionName = context.String(apiVersion) ?? throw context.Error(apiVersion, "expected an apiVersion, found null");
        var slash = versionName.LastIndexOf('/');
        var group = slash < 0 ? [] : versionName.AsSpan(0, slash);
        var version = versionName.AsSpan(slash + 1);
        if (GeneratedSpecBinder.CreateResource(group, kindName) is not { } resource)
        {
            if (setAside)
            {
                context.Path.Pop();
                return (null, kindName);
            }

            context.Path.Pop();
            context.Path.Push("kind");
            throw context.Error(kind, $"unsupported kind {kindName} (apiVersion {versionName}); the DSL models the kinds of Envoy Gateway and of the Gateway API (ManifestSet.Read sets other kinds aside)");
        }

        var served = ReleaseFacts.Kind(resource.Group, kindName)!.ServedVersions[release.Index];
        if (!Serves(served, version))
        {
            throw context.Error(apiVersion, UnservedVersion(versionName, kindName, resource.Group, served, release));
        }

        context.Path.Pop();
        return (resource, kindName);
    }

    private static bool Serves(string[] served, ReadOnlySpan<char> version)
    {
        foreach (var candidate in served)
        {
            if (version.SequenceEqual(candidate))
            {
                return true;
            }
        }

        return false;
    }

    private static string UnservedVersion(string apiVersion, string kind, string group, string[] served, EnvoyGatewayVersion release)
    {
        if (served.Length > 0)
        {
            return $"apiVersion {apiVersion} of kind {kind} is not served by Envoy Gateway {release}; it serves {string.Join(", ", served.Select(v => group + "/" + v))}";
        }

        var releases = EnvoyGatewayVersion.Supported.Where(r => ReleaseFacts.Kind(group, kind)!.ServedVersions[r.Index].Length > 0);
        return $"apiVersion {apiVersion} of kind {kind} is not served by Envoy Gateway {release}, which has no {kind}; releases that serve it: {string.Join(", ", releases)}";
    }

    /// <summary>Binds <paramref name="mapping"/> into <paramref name="into"/> (an empty metadata), or into a new one.</summary>
    internal static ObjectMeta BindMetadata(BindContext context, YamlMappingNode mapping, ObjectMeta? into = null)
    {
        var meta = into ?? new ObjectMeta("", 0);
        context.Record(meta, mapping);
        foreach (var (key, value) in mapping.Entries)
        {
            context.Path.Push(key.Value);
            switch (key.Value)
            {
                case "name": meta.Name = context.String(value); break;
                case "namespace": meta.Namespace = context.String(value); break;
                case "labels": meta.LabelSources = context.StringMap(value, meta.Labels); break;
                case "annotations": meta.AnnotationSources = context.StringMap(value, meta.Annotations); break;
                case "finalizers": context.Items(value, "finalizers", meta.Finalizers, static (c, item) => c.RequiredString(item)); break;
                case "ownerReferences": context.Items(value, "ownerReferences", meta.OwnerReferences, static (c, item) => BindOwnerReference(c, item)); break;
                case "generateName": meta.GenerateName = context.String(value); break;
                case "clusterName": meta.ClusterName = context.String(value); break;
                case "resourceVersion": meta.ResourceVersion = context.String(value); break;
                case "selfLink": meta.SelfLink = context.String(value); break;
                case "uid": meta.Uid = context.String(value); break;
                case "creationTimestamp": meta.CreationTimestamp = context.Timestamp(value); break;
                case "deletionTimestamp": meta.DeletionTimestamp = context.Timestamp(value); break;
                case "deletionGracePeriodSeconds": meta.DeletionGracePeriodSeconds = context.Int64(value); break;
                case "generation": meta.Generation = context.Int64(value); break;
                case "managedFields":
                    throw context.Error(key, "managedFields is written by the API server and must be removed from the manifest");
                default:
                    throw context.UnknownField(key, "metadata", MetadataFields);
            }

            context.Path.Pop();
        }

        return meta;
    }

    private static OwnerReference BindOwnerReference(BindContext context, YamlNode node)
    {
        var mapping = context.Mapping(node) ?? throw context.Error(node, "expected an owner reference, found null");
        var owner = new OwnerReference("", 0);
        context.Record(owner, mapping);
        foreach (var (key, value) in mapping.Entries)
        {
            context.Path.Push(key.Value);
            switch (key.Value)
            {
                case "apiVersion": owner.ApiVersion = context.String(value); break;
                case "kind": owner.Kind = context.String(value); break;
                case "name": owner.Name = context.String(value); break;
                case "uid": owner.Uid = context.String(value); break;
                case "controller": owner.Controller = context.Boolean(value); break;
                case "blockOwnerDeletion": owner.BlockOwnerDeletion = context.Boolean(value); break;
                default: throw context.UnknownField(key, "ownerReferences[]", OwnerReferenceFields);
            }

            context.Path.Pop();
        }

        return owner;
    }

    private static YamlNode? Field(YamlMappingNode mapping, string name)
    {
        foreach (var (key, value) in mapping.Entries)
        {
            if (key.Value == name)
            {
                return value;
            }
        }

        return null;
    }
}
