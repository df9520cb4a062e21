using EnvoyGateway.Dsl.Generator.Model;

namespace EnvoyGateway.Dsl.Generator.Emit;

/// <summary>
/// Writes the YAML writer of the generated model: one method per type over the hand-written
/// <c>YamlTextWriter</c> (kubectl layout, CRD order = ordinal JSON order, unset parts and empty
/// collections omitted, set-but-empty objects as <c>{}</c>), and a document entry point that writes
/// the apiVersion the selected release serves newest.
/// </summary>
internal sealed class WriterEmitter(UnionModel model)
{
    public const string RelativePath = ModelEmitter.GeneratedFolder + "/Serialization/GeneratedYamlWriter.cs";

    public string Emit()
    {
        var w = new CodeWriter();
        w.Line(CodeWriter.Header.TrimEnd('\n'));
        w.Line();
        w.Line("using System.Text.Json;");
        w.Line("using EnvoyGateway.Dsl.Releases;");
        w.Line();
        w.Line("namespace EnvoyGateway.Dsl.Serialization;");
        w.Line();
        w.Doc("summary", "Writes resources of the generated kinds as one release writes them (generated from the CRDs: docs/releases.md).");
        w.Open("internal static class GeneratedYamlWriter");
        w.Doc("summary", "Writes one document; false when the resource is not of a generated kind.");
        w.Open("public static bool TryWriteDocument(YamlBuffer buffer, KubernetesObject resource, EnvoyGatewayVersion release)");
        w.Line("var writer = new YamlTextWriter(buffer);");
        w.Line("var root = YamlTextWriter.Root;");
        w.Open("switch (resource)");
        foreach (var kind in model.Kinds)
        {
            w.Open($"case global::{kind.RootType.FullName} typed:");
            w.Line("var spec = BeginDocument(writer, ref root, resource, release);");
            w.Line("Write(writer, ref spec, typed.Spec, release);");
            w.Line("writer.EndMap(spec);");
            w.Line("break;");
            w.Close();
        }

        w.Line("default:");
        w.Line("    return false;");
        w.Close();
        w.Line();
        w.Line("writer.EndDocument();");
        w.Line("return true;");
        w.Close();
        w.Line();
        w.Doc("summary", "Writes apiVersion, kind and metadata, and opens spec.");
        w.Open("private static YamlTextWriter.Scope BeginDocument(YamlTextWriter writer, ref YamlTextWriter.Scope root, KubernetesObject resource, EnvoyGatewayVersion release)");
        w.Line("writer.String(ref root, \"apiVersion\", ApiVersion(resource, release));");
        w.Line("writer.String(ref root, \"kind\", resource.Kind);");
        w.Line("YamlWriter.WriteMetadata(writer, ref root, resource.Metadata);");
        w.Line("return writer.BeginMap(ref root, \"spec\");");
        w.Close();
        w.Line();
        w.Doc("summary", "The newest version the release serves; the type's own when the release lacks the kind (the validator reports that).");
        w.Open("private static string ApiVersion(KubernetesObject resource, EnvoyGatewayVersion release)");
        w.Line("var served = ReleaseFacts.Kind(resource.Group, resource.Kind)?.ServedVersions[release.Index];");
        w.Line("return served is { Length: > 0 } ? resource.Group + \"/\" + served[0] : resource.ApiVersion;");
        w.Close();
        w.Line();
        w.Open("private static List<string> SortedKeys<T>(Dictionary<string, T> map)");
        w.Line("var keys = new List<string>(map.Keys);");
        w.Line("keys.Sort(StringComparer.Ordinal);");
        w.Line("return keys;");
        w.Close();
        foreach (var type in model.Types.Where(t => t.Kind is null))
        {
            w.Line();
            w.Open($"private static void Write(YamlTextWriter writer, ref YamlTextWriter.Scope scope, global::{type.FullName} value, EnvoyGatewayVersion release)");
            var first = true;
            foreach (var group in type.Properties.GroupBy(p => p.JsonName))
            {
                if (!first)
                {
                    w.Line();
                }

                first = false;
                var properties = group.ToList();
                if (properties.Count == 1)
                {
                    WriteProperty(w, properties[0], "scope", $"value.{properties[0].ReaderName}");
                    continue;
                }

                // A variant (property-overrides.tsv): the release decides which C# property holds the JSON field.
                var main = properties.Single(p => p.VariantName is null);
                foreach (var variant in properties.Where(p => p.VariantName is not null))
                {
                    w.Open($"if ((0x{variant.Releases.Bits:X}u & release.Bit) != 0)");
                    WriteProperty(w, variant, "scope", $"value.{variant.ReaderName}");
                    w.Close();
                    w.Open("else");
                }

                WriteProperty(w, main, "scope", $"value.{main.ReaderName}");
                foreach (var unused in properties.Where(p => p.VariantName is not null))
                {
                    w.Close();
                }
            }

            w.Close();
        }

        w.Close();
        return w.ToString();
    }

    private static void WriteProperty(CodeWriter w, ModelProperty property, string scope, string access)
    {
        var key = CodeWriter.Literal(property.JsonName);
        var shape = property.Shape;
        switch (shape.Kind)
        {
            case ShapeKind.String:
                w.Line($"writer.String(ref {scope}, {key}, {access});");
                break;
            case ShapeKind.Integer:
                w.Line($"writer.Integer(ref {scope}, {key}, {access});");
                break;
            case ShapeKind.Number:
                w.Line($"writer.Number(ref {scope}, {key}, {access});");
                break;
            case ShapeKind.Boolean:
                w.Line($"writer.Boolean(ref {scope}, {key}, {access});");
                break;
            case ShapeKind.IntOrString:
                w.Line($"writer.IntOrString(ref {scope}, {key}, {access});");
                break;
            case ShapeKind.FreeForm:
                w.Line($"writer.Json(ref {scope}, {key}, {access});");
                break;
            case ShapeKind.Object:
                w.Open($"if ({access} is {{ }} {Local(property)})");
                w.Line($"var inner = writer.BeginMap(ref {scope}, {key});");
                w.Line($"Write(writer, ref inner, {Local(property)}, release);");
                w.Line("writer.EndMap(inner);");
                w.Close();
                break;
            case ShapeKind.List:
                w.Open($"if ({access} is {{ Count: > 0 }} {Local(property)})");
                if (shape.Element!.Kind is ShapeKind.List or ShapeKind.Map)
                {
                    // Rare (lists of lists, lists of maps): written through the free-form writer.
                    w.Line($"writer.Json(ref {scope}, {key}, JsonSerializer.SerializeToNode({Local(property)}));");
                    w.Close();
                    break;
                }

                w.Line($"writer.BeginSequence(ref {scope}, {key});");
                w.Open($"foreach (var item in {Local(property)})");
                WriteItem(w, shape.Element!, scope);
                w.Close();
                w.Close();
                break;
            case ShapeKind.Map:
                if (shape.Element!.Kind == ShapeKind.String)
                {
                    w.Line($"writer.StringMap(ref {scope}, {key}, {access});");
                    break;
                }

                w.Open($"if ({access} is {{ Count: > 0 }} {Local(property)})");
                w.Line($"var map = writer.BeginMap(ref {scope}, {key});");
                w.Open($"foreach (var entryKey in SortedKeys({Local(property)}))");
                w.Line($"var entry = {Local(property)}[entryKey];");
                WriteMapValue(w, shape.Element!);
                w.Close();
                w.Close();
                break;
        }
    }

    private static void WriteItem(CodeWriter w, PropertyShape element, string scope)
    {
        switch (element.Kind)
        {
            case ShapeKind.String:
                w.Line($"writer.StringItem({scope}, item);");
                break;
            case ShapeKind.Integer:
                w.Line($"writer.RawItem({scope}, item.ToString(System.Globalization.CultureInfo.InvariantCulture));");
                break;
            case ShapeKind.Number:
                w.Line($"writer.RawItem({scope}, YamlTextWriter.NumberText(item));");
                break;
            case ShapeKind.Boolean:
                w.Line($"writer.RawItem({scope}, item ? \"true\" : \"false\");");
                break;
            case ShapeKind.IntOrString:
                w.Line($"writer.IntOrStringItem({scope}, item);");
                break;
            case ShapeKind.FreeForm:
                w.Line($"writer.JsonItem({scope}, item);");
                break;
            case ShapeKind.Object:
                w.Line($"var itemScope = writer.BeginItem({scope});");
                w.Line("Write(writer, ref itemScope, item, release);");
                w.Line("writer.EndMap(itemScope);");
                break;
            default:
                throw new GenerationException($"No item writer for {element}.");
        }
    }

    private static void WriteMapValue(CodeWriter w, PropertyShape element)
    {
        switch (element.Kind)
        {
            case ShapeKind.Object:
                w.Line("var entryScope = writer.BeginMap(ref map, entryKey);");
                w.Line("Write(writer, ref entryScope, entry, release);");
                w.Line("writer.EndMap(entryScope);");
                break;
            case ShapeKind.IntOrString:
                w.Line("writer.IntOrString(ref map, entryKey, entry);");
                break;
            case ShapeKind.Integer:
                w.Line("writer.Integer(ref map, entryKey, entry);");
                break;
            case ShapeKind.Boolean:
                w.Line("writer.Boolean(ref map, entryKey, entry);");
                break;
            case ShapeKind.Number:
                w.Line("writer.Number(ref map, entryKey, entry);");
                break;
            default:
                w.Line("writer.Json(ref map, entryKey, JsonSerializer.SerializeToNode(entry));");
                break;
        }
    }

    private static string Local(ModelProperty property) => "set" + property.CSharpName;
}
