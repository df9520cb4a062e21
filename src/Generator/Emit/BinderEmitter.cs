using EnvoyGateway.Dsl.Generator.Model;
using EnvoyGateway.Dsl.Generator.Naming;

namespace EnvoyGateway.Dsl.Generator.Emit;

/// <summary>
/// Writes the strict binder of the generated model over the YamlNodes tree (so the fast block reader
/// stays in front): one method per type, field by field, every field of the union bound (a field
/// outside the selected release is the validator's diagnostic, not a parse error), unknown fields
/// refused with the selected release's field list, variant properties chosen by release.
/// </summary>
internal sealed class BinderEmitter(UnionModel model)
{
    public const string RelativePath = ModelEmitter.GeneratedFolder + "/Serialization/GeneratedSpecBinder.cs";

    public string Emit()
    {
        var w = new CodeWriter();
        w.Line(CodeWriter.Header.TrimEnd('\n'));
        w.Line();
        w.Line("using System.Text.Json;");
        w.Line();
        w.Line("namespace EnvoyGateway.Dsl.Serialization;");
        w.Line();
        w.Doc("summary", "Binds the spec of the generated kinds from YAML nodes (generated from the CRDs: docs/releases.md).");
        w.Open("internal static class GeneratedSpecBinder");
        w.Doc("summary", "Binds the spec mapping into the resource's Spec, the one created with the resource (null: no spec, whose findings then point at the document); false when the resource is not of a generated kind.");
        w.Open("public static bool TryBindSpec(BindContext context, KubernetesObject resource, YamlMappingNode? mapping, EnvoyGatewayVersion release)");
        w.Open("switch (resource)");
        foreach (var kind in model.Kinds)
        {
            var spec = kind.RootType.Property("spec")!.Shape.Type!;
            w.Line($"case global::{kind.RootType.FullName} typed:");
            w.Line("    if (mapping is null)");
            w.Line("    {");
            w.Line("        typed.Spec.Source = typed.Source;");
            w.Line("    }");
            w.Line("    else");
            w.Line("    {");
            w.Line($"        {MethodName(spec)}(context, mapping, \"spec\", release, typed.Spec);");
            w.Line("    }");
            w.Line();
            w.Line("    return true;");
        }

        w.Line("default:");
        w.Line("    return false;");
        w.Close();
        w.Close();
        w.Line();
        EmitCreate(w);
        foreach (var type in model.Types.Where(t => t.Kind is null))
        {
            w.Line();
            EmitType(w, type);
        }

        w.Close();
        return w.ToString();
    }

    /// <summary>The binder's dispatch: which (group, kind) the DSL models, and the empty resource it binds into.</summary>
    private void EmitCreate(CodeWriter w)
    {
        w.Doc("summary", "An empty resource of the kind, to bind into; null when the DSL does not model the group and kind.");
        w.Open("public static KubernetesObject? CreateResource(ReadOnlySpan<char> group, string kind)");
        w.Open("switch (kind)");
        foreach (var byName in model.Kinds.GroupBy(k => k.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var arms = byName.OrderBy(k => k.Group, StringComparer.Ordinal)
                .Select(k => $"group is {CodeWriter.Literal(k.Group)} ? new global::{k.RootType.FullName}(\"\", \"\", 0) : ");
            w.Line($"case {CodeWriter.Literal(byName.Key)}:");
            w.Line($"    return {string.Concat(arms)}null;");
        }

        w.Line("default:");
        w.Line("    return null;");
        w.Close();
        w.Close();
    }

    private void EmitType(CodeWriter w, ModelType type)
    {
        // "into": an empty object to bind into (a resource's spec, created with the resource), else a new one.
        w.Open($"private static global::{type.FullName} {MethodName(type)}(BindContext context, YamlMappingNode mapping, string objectName, EnvoyGatewayVersion release, global::{type.FullName}? into = null)");
        w.Line($"var value = into ?? new global::{type.FullName}(\"\", 0);");
        w.Line("context.Record(value, mapping);");
        w.Open("foreach (var (key, node) in mapping.Entries)");
        w.Line("context.Path.Push(key.Value);");
        w.Open("switch (key.Value)");
        foreach (var property in type.Properties.OrderBy(p => p.VariantName is null ? 1 : 0).ThenBy(p => p.JsonName, StringComparer.Ordinal))
        {
            var guard = property.VariantName is null ? "" : $" when (0x{property.Releases.Bits:X}u & release.Bit) != 0";
            w.Line($"case {CodeWriter.Literal(property.JsonName)}{guard}:");
            w.Line($"    {BindStatement(property)}");
            w.Line("    break;");
        }

        w.Line($"default:");
        w.Line($"    throw context.UnknownField(key, objectName, {KnownFields(type)});");
        w.Close();
        w.Line();
        w.Line("context.Path.Pop();");
        w.Close();
        w.Line();
        w.Line("return value;");
        w.Close();
    }

    /// <summary>The JSON names the selected release knows for the type, as the unknown-field message lists them.</summary>
    private string KnownFields(ModelType type)
    {
        var byRelease = model.Releases.All
            .Where(r => type.Releases.Contains(r))
            .Select(r => (Release: r, Fields: string.Join(", ", type.Properties.Where(p => p.Releases.Contains(r)).Select(p => p.JsonName).Distinct().Order(StringComparer.Ordinal))))
            .GroupBy(x => x.Fields)
            .ToList();
        if (byRelease.Count == 1)
        {
            return CodeWriter.Literal(byRelease[0].Key);
        }

        var arms = byRelease.Take(byRelease.Count - 1)
            .Select(g => $"{string.Join(" or ", g.Select(x => x.Release.Index))} => {CodeWriter.Literal(g.Key)}")
            .Append($"_ => {CodeWriter.Literal(byRelease[^1].Key)}");
        return $"release.Index switch {{ {string.Join(", ", arms)} }}";
    }

    private static string BindStatement(ModelProperty property)
    {
        var target = $"value.{property.CSharpName}";

        // Pattern variables of switch sections share one scope: each property names its own.
        var local = "bound" + property.CSharpName;
        var json = CodeWriter.Literal(property.JsonName);
        var shape = property.Shape;
        switch (shape.Kind)
        {
            case ShapeKind.List when shape.Element!.Kind is ShapeKind.List or ShapeKind.Map:
                return $"{target} = context.Json(node) is {{ }} {local} ? {local}.Deserialize<{ModelEmitter.PropertyType(property, property.Owner.Namespace)}>() ?? [] : [];";
            case ShapeKind.List:
                return $"context.Items(node, {json}, {target}, (c, item) => {Required(shape.Element!, property, "c", "item", json)});";
            case ShapeKind.Map when shape.Element!.Kind == ShapeKind.String:
                return $"context.StringMap(node, {target});";
            case ShapeKind.Map:
                return $"if (context.Mapping(node) is {{ }} {local}) {{ foreach (var (entryKey, entryNode) in {local}.Entries) {{ context.Path.Push(entryKey.Value); {target}[context.RequiredString(entryKey)] = {Required(shape.Element!, property, "context", "entryNode", json)}; context.Path.Pop(); }} }}";
            case ShapeKind.Object:
                return $"{target} = context.Mapping(node) is {{ }} {local} ? {MethodName(shape.Type!)}(context, {local}, {json}, release) : null;";
            default:
                return $"{target} = {Optional(shape, property, "context", "node")};";
        }
    }

    /// <summary>A nullable read of a scalar or free-form value.</summary>
    private static string Optional(PropertyShape shape, ModelProperty property, string context, string node) => shape.Kind switch
    {
        ShapeKind.String => $"{context}.String({node})",
        ShapeKind.Integer when property.CSharpTypeOverride == "uint" && shape == property.Shape => $"{context}.UInt32({node})",
        ShapeKind.Integer => shape.IntegerFormat == "int32" ? $"{context}.Int32({node})" : $"{context}.Int64({node})",
        ShapeKind.Number => $"{context}.Double({node})",
        ShapeKind.Boolean => $"{context}.Boolean({node})",
        ShapeKind.IntOrString => $"{context}.IntOrString({node})",
        ShapeKind.FreeForm => $"{context}.Json({node})",
        _ => throw new GenerationException($"{property}: no scalar reader for {shape}."),
    };

    /// <summary>A list item or map value: present, never null.</summary>
    private static string Required(PropertyShape element, ModelProperty property, string context, string node, string json) => element.Kind switch
    {
        ShapeKind.String => $"{context}.RequiredString({node})",
        ShapeKind.Object => $"{MethodName(element.Type!)}({context}, {context}.Mapping({node}) ?? throw {context}.Error({node}, \"expected a mapping, found null\"), {json}, release)",
        ShapeKind.FreeForm => $"{context}.Json({node}) ?? throw {context}.Error({node}, \"expected a value, found null\")",
        _ => $"{Optional(element, property, context, node)} ?? throw {context}.Error({node}, \"expected a value, found null\")",
    };

    private static string MethodName(ModelType type)
        => "Bind" + CSharpNames.FolderOfNamespace(type.Namespace).Replace("/", "", StringComparison.Ordinal) + type.Name;
}
