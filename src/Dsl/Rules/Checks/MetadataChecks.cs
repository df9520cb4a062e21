using System.Globalization;
using System.Text;
using EnvoyGateway.Dsl.Rules.Syntax;

namespace EnvoyGateway.Dsl.Rules;

/// <summary>metadata: name, namespace, labels, annotations and server-populated fields (EG5xxx).</summary>
internal static class MetadataChecks
{
    /// <summary>Kubernetes' limit on all annotations of one object together (keys and values).</summary>
    public const int MaxAnnotationBytes = 256 * 1024;

    /// <summary>The server-populated fields of ObjectMeta, by JSON name (EG5005).</summary>
    public static readonly string[] ServerPopulatedFields =
        ["clusterName", "creationTimestamp", "deletionGracePeriodSeconds", "deletionTimestamp", "generation", "resourceVersion", "selfLink", "uid"];

    public static void CheckName(IRuleSink sink, Fact<string> name)
    {
        if (!name.IsKnown && !name.IsAbsent)
        {
            return;
        }

        var value = name.IsKnown ? name.Value : "";
        var reason = value.Length == 0 ? "must not be empty" : KubernetesNames.ExplainDns1123Subdomain(value);
        if (reason is null)
        {
            return;
        }

        var suggestion = KubernetesNames.Normalize(value, 253, allowDots: true);
        sink.Report(RuleCatalog.EG5001, "name", [MessageText.Value(value), reason, Hint(suggestion)], fixData: suggestion.Length > 0 ? suggestion : null);
    }

    public static void CheckNamespace(IRuleSink sink, Fact<string> @namespace)
    {
        if (@namespace.IsAbsent || (@namespace.IsKnown && @namespace.Value.Length == 0))
        {
            sink.Report(RuleCatalog.EG5006, "namespace", []);
            return;
        }

        if (!@namespace.IsKnown)
        {
            return;
        }

        var reason = KubernetesNames.ExplainDns1123Label(@namespace.Value);
        if (reason is not null)
        {
            var suggestion = KubernetesNames.Normalize(@namespace.Value, 63, allowDots: false);
            sink.Report(RuleCatalog.EG5002, "namespace", [MessageText.Value(@namespace.Value), reason, Hint(suggestion)], fixData: suggestion.Length > 0 ? suggestion : null);
        }
    }

    public static void CheckLabel(IRuleSink sink, Fact<string> key, Fact<string> value)
    {
        if (key.IsKnown)
        {
            var reason = KubernetesNames.ExplainQualifiedName(key.Value);
            if (reason is not null)
            {
                sink.Report(RuleCatalog.EG5003, "labels", ["key", MessageText.Value(key.Value), reason]);
            }
        }

        if (value.IsKnown)
        {
            var reason = KubernetesNames.ExplainLabelValue(value.Value);
            if (reason is not null)
            {
                sink.Report(RuleCatalog.EG5003, "labels", ["value", MessageText.Value(value.Value), reason]);
            }
        }
    }

    public static void CheckAnnotationKey(IRuleSink sink, Fact<string> key)
    {
        if (!key.IsKnown)
        {
            return;
        }

        var reason = KubernetesNames.ExplainQualifiedName(key.Value);
        if (reason is not null)
        {
            sink.Report(RuleCatalog.EG5004, "annotations", ["key '" + MessageText.Value(key.Value) + "' " + reason]);
        }
    }

    /// <param name="totalBytes">UTF-8 bytes of all keys and values together.</param>
    public static void CheckAnnotationSize(IRuleSink sink, Fact<long> totalBytes)
    {
        if (totalBytes.IsKnown && totalBytes.Value > MaxAnnotationBytes)
        {
            sink.Report(RuleCatalog.EG5004, "annotations", [string.Format(CultureInfo.InvariantCulture, "together they are {0} bytes, more than the 262144 (256 KiB) Kubernetes allows; move large data into a ConfigMap", totalBytes.Value)]);
        }
    }

    public static long Utf8Size(string key, string value) => Encoding.UTF8.GetByteCount(key) + Encoding.UTF8.GetByteCount(value);

    /// <summary>EG5005 for one server-populated field that is set; <paramref name="field"/> is its JSON name.</summary>
    public static void CheckServerPopulated(IRuleSink sink, string field, string value)
        => sink.Report(RuleCatalog.EG5005, field, [MessageText.Value(value)], fixData: field);

    private static string Hint(string suggestion) => suggestion.Length > 0 ? "; for example '" + suggestion + "'" : "";
}
