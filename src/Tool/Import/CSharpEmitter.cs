using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using EnvoyGateway.Dsl.Serialization;

namespace EnvoyGateway.Dsl.Tool.Import;

/// <summary>
/// Writes imported documents as the C# a person would write: one static property holding the
/// set, nested initializers for metadata and spec, target-typed <c>new()</c>, named constants for
/// closed-set values, and nothing for unset fields, every kind of the model through the generated
/// <see cref="ImportTable"/>; fields in the order the YAML has them. Building it emits the same YAML.
/// </summary>
internal sealed class CSharpEmitter(CSharpEmitterOptions options, EnvoyGatewayVersion release)
{
    /// <summary>Imported when no model type is named (an empty set), as the importer always did.</summary>
    private const string DefaultModelNamespace = "EnvoyGateway.Dsl.Gateway.V1Alpha1";

    private readonly ImportCatalog _catalog = ImportCatalog.Instance;
    private readonly SortedSet<string> _namespaces = new(StringComparer.Ordinal);

    /// <summary>The namespaces a first pass named: a name declared in two of them is written qualified.</summary>
    private SortedSet<string>? _importedInFirstPass;
    private bool _usesSystem;
    private bool _usesGlobalization;
    private bool _usesJson;

    public string Emit(IReadOnlyList<ImportedResource> set)
    {
        // Two passes: which names clash depends on which namespaces the whole file imports.
        Body(set);
        _importedInFirstPass = [.. _namespaces];
        _namespaces.Clear();
        var root = Body(set);
        if (_namespaces.Count == 0)
        {
            _namespaces.Add(DefaultModelNamespace);
        }

        var body = new StringBuilder();
        if (set.Count == 0)
        {
            body.Append("    public static ManifestSet ").Append(options.SetName).Append(" { get; } = new();\n");
        }
        else
        {
            CodeLayout.Write(body, 1, "public static ManifestSet " + options.SetName + " { get; } = ", root, ";");
        }

        var sources = string.Join(", ", options.SourceNames);
        var output = new StringBuilder(body.Length + 1024);
        output.Append("// Imported by egdsl from ").Append(OneLine(sources)).Append("; YAML comments were not carried over.\n");
        // Only what the code uses: a project without implicit usings needs System for DateTimeOffset.
        if (_usesSystem)
        {
            output.Append("using System;\n");
        }

        if (_usesGlobalization)
        {
            output.Append("using System.Globalization;\n");
        }

        if (_usesJson)
        {
            output.Append("using System.Text.Json.Nodes;\n");
        }

        output.Append("using EnvoyGateway.Dsl;\n");
        foreach (var @namespace in _namespaces)
        {
            output.Append("using ").Append(@namespace).Append(";\n");
        }

        output.Append('\n');
        output.Append("namespace ").Append(options.Namespace).Append(";\n\n");
        output.Append("/// <summary>Resources imported from ").Append(Xml(OneLine(sources))).Append(".</summary>\n");
        output.Append("public static class ").Append(options.ClassName).Append('\n');
        output.Append("{\n");
        output.Append("    /// <summary>The imported resources, in input order.</summary>\n");
        output.Append(body);
        output.Append("}\n");
        return output.ToString();
    }

    private CodeInitializer Body(IReadOnlyList<ImportedResource> set)
    {
        var root = new CodeInitializer("new()", multiline: true);
        foreach (var resource in set)
        {
            root.Item(Resource(resource));
        }

        return root;
    }

    private CodeInitializer Resource(ImportedResource resource)
    {
        // A missing name stays missing (rule EG5001 reports it); the constructor wants a string.
        var name = resource.Metadata.Name is { } text ? CSharpLiteral.String(text) : "null!";
        var root = _catalog.Type(resource.Kind.RootType);
        var result = new CodeInitializer($"new {TypeReference(root.Namespace, root.Name)}({name})", multiline: true)
            .SetUnlessEmpty("Metadata", Metadata(resource.Metadata));
        if (resource.Spec is { } spec && ImportCatalog.Property(root, "spec", release) is { Shape.Name: { } specType })
        {
            var context = new BindContext(resource.SourceName);
            result.SetUnlessEmpty("Spec", Fill(new CodeInitializer(""), _catalog.Type(specType), spec, context));
        }

        return result;
    }

    /// <summary>One entry per field, in the order the YAML has them; null fields are unset and write nothing.</summary>
    private CodeInitializer Fill(CodeInitializer target, ImportType type, YamlMappingNode mapping, BindContext context)
    {
        foreach (var (key, node) in mapping.Entries)
        {
            // The reader checked the document against the same model: every field is known.
            var property = ImportCatalog.Property(type, key.Value, release)
                ?? throw new InvalidOperationException($"{type.FullName} has no field '{key.Value}'.");
            if (Value(property.Shape, property.ClosedSet, node, context, nested: true) is not { } value)
            {
                continue;
            }

            if (value is CodeInitializer { Head.Length: 0 } collection)
            {
                target.SetUnlessEmpty(property.CSharpName, collection);
            }
            else
            {
                target.Set(property.CSharpName, value);
            }
        }

        return target;
    }

    /// <summary>
    /// The C# for one value. <paramref name="nested"/>: at a property, a list or map fills the collection the
    /// object already holds (<c>Rules = { … }</c>); as an item or map value it is a new one (<c>new() { … }</c>).
    /// </summary>
    private CodeNode? Value(ImportShape shape, string? closedSet, YamlNode node, BindContext context, bool nested)
    {
        if (BindContext.IsNull(node))
        {
            return null;
        }

        switch (shape.Kind)
        {
            case ImportShapeKind.Object:
                return Fill(new CodeInitializer("new()"), _catalog.Type(shape.Name!), context.Mapping(node)!, context);
            case ImportShapeKind.List:
                var list = new CodeInitializer(nested ? "" : "new()");
                foreach (var item in context.Sequence(node)!.Items)
                {
                    list.Item(Value(shape.Element!, closedSet, item, context, nested: false) ?? new CodeExpression("null!"));
                }

                return list;
            case ImportShapeKind.Map:
                var map = new CodeInitializer(nested ? "" : "new()");
                foreach (var (key, item) in context.Mapping(node)!.Entries)
                {
                    map.Index(CSharpLiteral.String(context.RequiredString(key)), Value(shape.Element!, closedSet, item, context, nested: false) ?? new CodeExpression("null!"));
                }

                return map;
            default:
                return Scalar(shape, closedSet, node, context) is { } expression ? new CodeExpression(expression) : null;
        }
    }

    private string? Scalar(ImportShape shape, string? closedSet, YamlNode node, BindContext context) => shape.Kind switch
    {
        ImportShapeKind.String => context.String(node) is { } text ? ClosedSetValue(closedSet, text) : null,
        ImportShapeKind.Boolean => context.Boolean(node) is { } flag ? CSharpLiteral.Boolean(flag) : null,
        ImportShapeKind.Integer => shape.Name switch
        {
            "int" => context.Int32(node) is { } number ? CSharpLiteral.Integer(number) : null,
            "uint" => context.UInt32(node) is { } number ? CSharpLiteral.Integer(number) : null,
            _ => context.Int64(node) is { } number ? CSharpLiteral.Integer(number) : null,
        },
        ImportShapeKind.Number => context.Double(node) is { } number ? CSharpLiteral.Double(number) : null,
        ImportShapeKind.IntOrString => context.IntOrString(node) is { } either
            ? either.IsString ? ClosedSetValue(closedSet, either.StringValue!) : CSharpLiteral.Integer(either.IntValue)
            : null,
        ImportShapeKind.FreeForm => context.Json(node) is { } json ? Json(json) : null,
        _ => throw new InvalidOperationException(shape.Kind.ToString()),
    };

    /// <summary>Free-form JSON as the JSON text it holds; the reader already turned YAML's scalars into JSON values.</summary>
    private string Json(JsonNode json)
    {
        _usesJson = true;
        return $"JsonNode.Parse({CSharpLiteral.String(json.ToJsonString())})!";
    }

    /// <summary>A closed-set value as its named constant when spelled exactly as one; anything else stays a literal, visible to the analyzer.</summary>
    private string ClosedSetValue(string? closedSet, string value)
    {
        if (closedSet is not null && _catalog.Constant(closedSet, value) is { } constant)
        {
            return TypeReference(constant.Namespace, constant.Holder) + "." + constant.Constant;
        }

        return CSharpLiteral.String(value);
    }

    /// <summary>A model type by its simple name, its namespace imported; qualified when another imported namespace declares the name too.</summary>
    private string TypeReference(string @namespace, string name)
    {
        if (_importedInFirstPass is { } imported && _catalog.NamespacesDeclaring(name).Count(imported.Contains) > 1)
        {
            return $"global::{@namespace}.{name}";
        }

        _namespaces.Add(@namespace);
        return name;
    }

    private CodeInitializer Metadata(ObjectMeta meta)
    {
        var labels = new CodeInitializer("");
        foreach (var (key, value) in meta.Labels)
        {
            labels.Index(CSharpLiteral.String(key), CSharpLiteral.String(value));
        }

        var annotations = new CodeInitializer("");
        foreach (var (key, value) in meta.Annotations)
        {
            annotations.Index(CSharpLiteral.String(key), CSharpLiteral.String(value));
        }

        var finalizers = new CodeInitializer("");
        foreach (var finalizer in meta.Finalizers)
        {
            finalizers.Item(new CodeExpression(CSharpLiteral.String(finalizer)));
        }

        var owners = new CodeInitializer("");
        foreach (var owner in meta.OwnerReferences)
        {
            owners.Item(new CodeInitializer("new()")
                .SetIf("ApiVersion", Text(owner.ApiVersion))
                .SetIf("Kind", Text(owner.Kind))
                .SetIf("Name", Text(owner.Name))
                .SetIf("Uid", Text(owner.Uid))
                .SetIf("Controller", owner.Controller is { } controller ? CSharpLiteral.Boolean(controller) : null)
                .SetIf("BlockOwnerDeletion", owner.BlockOwnerDeletion is { } block ? CSharpLiteral.Boolean(block) : null));
        }

        return new CodeInitializer("")
            .SetIf("Namespace", Text(meta.Namespace))
            .SetUnlessEmpty("Labels", labels)
            .SetUnlessEmpty("Annotations", annotations)
            .SetUnlessEmpty("Finalizers", finalizers)
            .SetUnlessEmpty("OwnerReferences", owners)
            .SetIf("GenerateName", Text(meta.GenerateName))
            .SetIf("ClusterName", Text(meta.ClusterName))
            .SetIf("ResourceVersion", Text(meta.ResourceVersion))
            .SetIf("SelfLink", Text(meta.SelfLink))
            .SetIf("Uid", Text(meta.Uid))
            .SetIf("CreationTimestamp", Timestamp(meta.CreationTimestamp))
            .SetIf("DeletionTimestamp", Timestamp(meta.DeletionTimestamp))
            .SetIf("DeletionGracePeriodSeconds", meta.DeletionGracePeriodSeconds is { } grace ? CSharpLiteral.Integer(grace) : null)
            .SetIf("Generation", meta.Generation is { } generation ? CSharpLiteral.Integer(generation) : null);
    }

    private static string? Text(string? value) => value is null ? null : CSharpLiteral.String(value);

    private string? Timestamp(DateTimeOffset? value)
    {
        if (value is not { } time)
        {
            return null;
        }

        _usesSystem = true;
        var utc = time.ToUniversalTime();
        if (utc.Ticks % TimeSpan.TicksPerSecond == 0)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"new DateTimeOffset({utc.Year}, {utc.Month}, {utc.Day}, {utc.Hour}, {utc.Minute}, {utc.Second}, TimeSpan.Zero)");
        }

        // Sub-second precision: the round-trip format keeps every tick.
        _usesGlobalization = true;
        return $"DateTimeOffset.Parse(\"{utc.ToString("O", CultureInfo.InvariantCulture)}\", CultureInfo.InvariantCulture)";
    }

    private static string OneLine(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(char.IsControl(c) || c is '\u2028' or '\u2029' ? '?' : c);
        }

        return builder.ToString();
    }

    private static string Xml(string text)
        => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
