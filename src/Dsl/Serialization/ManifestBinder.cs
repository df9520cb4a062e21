using EnvoyGateway.Dsl.Gateway.V1Alpha1;

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

    public static void BindDocument(BindContext context, YamlNode root, ManifestSet target)
    {
        if (context.Mapping(root) is not { } document)
        {
            return; // an empty document, e.g. after a trailing "---"
        }

        if (Field(document, "apiVersion") is YamlScalarNode { Value: "v1" } && Field(document, "kind") is YamlScalarNode { Value: "List" })
        {
            BindList(context, document, target);
        }
        else
        {
            target.Add(BindResource(context, document));
        }
    }

    private static void BindList(BindContext context, YamlMappingNode list, ManifestSet target)
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
                    var resources = new List<KubernetesObject>();
                    context.Items(value, "items", resources, static (c, item) => BindResource(c, c.Mapping(item) ?? throw c.Error(item, "expected a resource, found null")));
                    target.AddRange(resources);
                    break;
                default:
                    throw context.UnknownField(key, "List", ListFields);
            }

            context.Path.Pop();
        }
    }

    private static BackendTrafficPolicy BindResource(BindContext context, YamlMappingNode document)
    {
        CheckKind(context, document);
        var policy = new BackendTrafficPolicy("", "", 0)
        {
            Source = context.At(document),
            FieldSources = context.FieldSources(document),
            Metadata = new ObjectMeta("", 0) { Source = context.At(document) },
        };
        policy.Spec.Source = policy.Source;
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
                        policy.Metadata = BindMetadata(context, metadata);
                    }

                    break;
                case "spec":
                    if (context.Mapping(value) is { } spec)
                    {
                        policy.Spec = PolicySpecBinder.BindSpec(context, spec);
                    }

                    break;
                case "status":
                    throw context.Error(key, "status is written by the Envoy Gateway controller and must be removed from the manifest");
                default:
                    throw context.UnknownField(key, BackendTrafficPolicy.KindValue, ResourceFields);
            }

            context.Path.Pop();
        }

        return policy;
    }

    private static void CheckKind(BindContext context, YamlMappingNode document)
    {
        var kind = Field(document, "kind");
        var apiVersion = Field(document, "apiVersion");
        if (kind is null)
        {
            throw context.Error(document, "missing kind; expected kind: BackendTrafficPolicy");
        }

        context.Path.Push("kind");
        var kindName = context.String(kind);
        if (kindName != BackendTrafficPolicy.KindValue)
        {
            var fromVersion = apiVersion is YamlScalarNode version ? $" (apiVersion {version.Value})" : "";
            throw context.Error(kind, $"unsupported kind {kindName ?? "null"}{fromVersion}; only {BackendTrafficPolicy.KindValue} ({BackendTrafficPolicy.ApiVersionValue}) is supported");
        }

        context.Path.Pop();
        if (apiVersion is null)
        {
            throw context.Error(document, $"missing apiVersion; expected apiVersion: {BackendTrafficPolicy.ApiVersionValue}");
        }

        context.Path.Push("apiVersion");
        var versionName = context.String(apiVersion);
        if (versionName != BackendTrafficPolicy.ApiVersionValue)
        {
            throw context.Error(apiVersion, $"unsupported apiVersion {versionName ?? "null"} for kind {BackendTrafficPolicy.KindValue}; expected {BackendTrafficPolicy.ApiVersionValue}");
        }

        context.Path.Pop();
    }

    internal static ObjectMeta BindMetadata(BindContext context, YamlMappingNode mapping)
    {
        var meta = new ObjectMeta("", 0) { Source = context.At(mapping), FieldSources = context.FieldSources(mapping) };
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
        var owner = new OwnerReference("", 0) { Source = context.At(mapping), FieldSources = context.FieldSources(mapping) };
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
