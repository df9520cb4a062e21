using EnvoyGateway.Dsl.Generator.Cel;
using EnvoyGateway.Dsl.Generator.Model;

namespace EnvoyGateway.Dsl.Generator.Emit;

/// <summary>
/// Writes the CEL rules of every kind, each rule translated once by <see cref="CelTranslator"/> into two forms:
/// src/Dsl/Generated/Cel/Info (what each rule is: key, node, message, releases — shared by build and edit time),
/// src/Dsl/Generated/Cel (build time: per kind, a walk over the model that reaches every node with rules and runs
/// each rule when the selected release has it, and the dispatch from a resource to its kind's walk), and
/// src/Analyzers/Generated/Cel (edit time: per kind, each rule over the analyzer's three-valued values, listed by
/// schema path for the analyzer's walk).
/// </summary>
internal sealed class CelEmitter(IReadOnlyList<CelCompiledRule> rules)
{
    public const string Folder = ModelEmitter.GeneratedFolder + "/Cel";

    public const string InfoFolder = Folder + "/Info";

    public const string EditFolder = "src/Analyzers/Generated/Cel";

    private const string Namespace = "EnvoyGateway.Dsl.Cel";

    private const string EditNamespace = "EnvoyGateway.Dsl.Analyzers.Cel";

    public void EmitAll(GeneratedOutput output)
    {
        output.OwnedFolders.Add(Folder);
        output.OwnedFolders.Add(EditFolder);
        var kinds = rules.GroupBy(r => r.Kind).OrderBy(g => g.Key.Kind, StringComparer.Ordinal).ToList();
        foreach (var kind in kinds)
        {
            var kindRules = kind.ToList();
            output.Add($"{InfoFolder}/{InfoClassName(kind.Key)}.cs", EmitInfo(kind.Key, kindRules));
            var (build, edit) = EmitKind(kind.Key, kindRules);
            output.Add($"{Folder}/{ClassName(kind.Key)}.cs", build);
            output.Add($"{EditFolder}/{EditClassName(kind.Key)}.cs", edit);
        }

        output.Add($"{Folder}/GeneratedCelRules.cs", EmitDispatch(kinds.Select(k => k.Key).ToList()));
        output.Add($"{EditFolder}/GeneratedEditCelRules.cs", EmitEditDispatch(kinds.Select(k => k.Key).ToList()));
    }

    private static string ClassName(ModelKind kind) => kind.Kind + "CelRules";

    private static string InfoClassName(ModelKind kind) => kind.Kind + "CelRuleInfo";

    private static string EditClassName(ModelKind kind) => kind.Kind + "EditCelRules";

    private static string InfoName(int index) => "Rule" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string EmitInfo(ModelKind kind, List<CelCompiledRule> kindRules)
    {
        var w = new CodeWriter();
        w.Line(CodeWriter.Header);
        w.Line($"namespace {Namespace};");
        w.Line();
        w.Doc("summary", $"What each CEL rule of {kind.Kind} ({kind.Group}) is, for build and edit time: key, node, message, releases.");
        w.Open($"internal static class {InfoClassName(kind)}");
        for (var i = 0; i < kindRules.Count; i++)
        {
            var rule = kindRules[i];
            var message = rule.Newest.Rule.Message is { } m ? CelTranslator.Quote(m) : "null";
            var fieldPath = rule.Newest.Rule.FieldPath is { } f ? CelTranslator.Quote(f) : "null";
            var fix = rule.Fix is { } discriminatorFix ? $", {CelTranslator.Quote(discriminatorFix.Field)}, {CelTranslator.Quote(discriminatorFix.Discriminator)}, {CelTranslator.Quote(discriminatorFix.Value)}" : "";
            w.Line($"public static readonly CelRuleInfo {InfoName(i)} = new({CelTranslator.Quote(rule.Key)}, {CelTranslator.Quote(kind.Kind)}, {CelTranslator.Quote(rule.Path)}, {CelTranslator.Quote(rule.Rule)}, {message}, {fieldPath}, 0x{rule.Releases.Bits:X}UL{fix});");
        }

        w.Line();
        w.Doc("summary", "The rules of this kind.");
        w.Line($"public static readonly CelRuleInfo[] Rules = [{string.Join(", ", kindRules.Select((_, i) => InfoName(i)))}];");
        w.Close();
        return w.ToString();
    }

    private static string EmitEditDispatch(IReadOnlyList<ModelKind> kinds)
    {
        var w = new CodeWriter();
        w.Line(CodeWriter.Header);
        w.Line($"namespace {EditNamespace};");
        w.Line();
        w.Doc("summary", "The edit-time CEL rules of every kind, translated from the CRDs (docs/cel-rules.md).");
        w.Open("internal static class GeneratedEditCelRules");
        w.Doc("summary", "The rules of a kind (by its name), or null for a kind without rules.");
        w.Open("public static EditCelRule[]? Of(string kind) => kind switch");
        foreach (var kind in kinds)
        {
            w.Line($"{CelTranslator.Quote(kind.Kind)} => {EditClassName(kind)}.Rules,");
        }

        w.Line("_ => null,");
        w.Close("};");
        w.Close();
        return w.ToString();
    }

    private static string EmitDispatch(IReadOnlyList<ModelKind> kinds)
    {
        var w = new CodeWriter();
        w.Line(CodeWriter.Header);
        w.Line($"namespace {Namespace};");
        w.Line();
        w.Doc("summary", "The CEL rules of every kind, translated from the CRDs (docs/cel-rules.md).");
        w.Open("internal static class GeneratedCelRules");
        w.Doc("summary", "Every generated rule of every kind.");
        w.Line($"public static readonly CelRuleInfo[] All = [{string.Join(", ", kinds.Select(k => $".. {ClassName(k)}.Rules"))}];");
        w.Line();
        w.Doc("summary", "Runs the rules of the resource's kind.");
        w.Open("public static void Check(global::EnvoyGateway.Dsl.KubernetesObject resource, CelContext ctx)");
        w.Open("switch (resource)");
        foreach (var kind in kinds)
        {
            w.Line($"case {CelType.CSharp(kind.RootType)} {Camel(kind.Kind)}:");
            w.Line($"    {ClassName(kind)}.Check({Camel(kind.Kind)}, ctx);");
            w.Line("    break;");
        }

        w.Close();
        w.Close();
        w.Close();
        return w.ToString();
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private (string Build, string Edit) EmitKind(ModelKind kind, IReadOnlyList<CelCompiledRule> kindRules)
    {
        _nodeCount = 0;
        var fields = new CelHoistedFields();
        var editFields = new CelHoistedFields();
        var infoNames = new Dictionary<CelCompiledRule, string>();
        var methodNames = new Dictionary<CelCompiledRule, string>();
        var methods = new Dictionary<string, string>(StringComparer.Ordinal);
        var editMethods = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var rule in kindRules)
        {
            infoNames[rule] = $"{InfoClassName(kind)}.{InfoName(infoNames.Count)}";
            var translation = CelTranslator.Translate(rule.Newest, rule.Rule, CelType.Of(rule.SelfShape), fields, editFields);
            var name = $"Evaluate{CelCompiledRule.Hash(rule.Rule + "\n" + rule.SelfCSharp)}";
            methods[$"private static bool {name}({rule.SelfCSharp} self)"] = translation.Code;
            editMethods[$"private static CelValue {name}(CelValue self)"] = translation.EditCode;
            methodNames[rule] = name;
        }

        var w = new CodeWriter();
        w.Line(CodeWriter.Header);
        w.Line($"namespace {Namespace};");
        w.Line();
        w.Doc("summary", $"The CEL rules of {kind.Kind} ({kind.Group}), translated from its CRDs: a walk to every node with rules, then each rule as C#.");
        w.Open($"internal static class {ClassName(kind)}");
        foreach (var declaration in fields.Declarations)
        {
            w.Line(declaration);
        }

        w.Line();
        w.Doc("summary", "The rules of this kind.");
        w.Line($"public static CelRuleInfo[] Rules => {InfoClassName(kind)}.Rules;");
        w.Line();
        w.Open($"public static void Check({CelType.CSharp(kind.RootType)} resource, CelContext ctx)");
        EmitNode(w, kindRules.Where(r => r.Steps.Count == 0), kindRules, 0, "resource", infoNames, methodNames);
        w.Close();
        EmitMethods(w, methods);
        w.Close();
        return (w.ToString(), EmitEdit(kind, kindRules, editFields, infoNames, methodNames, editMethods));
    }

    private static void EmitMethods(CodeWriter w, Dictionary<string, string> methods)
    {
        foreach (var (signature, code) in methods.OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            w.Line();
            w.Line($"{signature}");
            w.Line($"    => {code};");
        }
    }

    private static string EmitEdit(ModelKind kind, IReadOnlyList<CelCompiledRule> kindRules, CelHoistedFields editFields,
        Dictionary<CelCompiledRule, string> infoNames, Dictionary<CelCompiledRule, string> methodNames, Dictionary<string, string> editMethods)
    {
        var w = new CodeWriter();
        w.Line(CodeWriter.Header);
        w.Line("using EnvoyGateway.Dsl.Cel;");
        w.Line();
        w.Line($"namespace {EditNamespace};");
        w.Line();
        w.Doc("summary", $"The CEL rules of {kind.Kind} ({kind.Group}) at edit time: each rule over three-valued values, by the schema path of its node.");
        w.Open($"internal static class {EditClassName(kind)}");
        foreach (var declaration in editFields.Declarations)
        {
            w.Line(declaration);
        }

        w.Line();
        w.Doc("summary", "The rules of this kind with their edit-time evaluation.");
        w.Open("public static readonly EditCelRule[] Rules =");
        foreach (var rule in kindRules)
        {
            w.Line($"new({infoNames[rule]}, {methodNames[rule]}),");
        }

        w.Close("};");
        EmitMethods(w, editMethods);
        w.Close();
        return w.ToString();
    }

    /// <summary>The rules at this node, then one block per child step that leads to more rules.</summary>
    private void EmitNode(CodeWriter w, IEnumerable<CelCompiledRule> here, IReadOnlyList<CelCompiledRule> below, int depth, string variable,
        Dictionary<CelCompiledRule, string> infoNames, Dictionary<CelCompiledRule, string> methodNames)
    {
        foreach (var rule in here)
        {
            w.Line($"ctx.Check({infoNames[rule]}, {variable}, {methodNames[rule]});");
        }

        var children = below.Where(r => r.Steps.Count > depth).GroupBy(r => StepKey(r.Steps[depth])).ToList();
        foreach (var child in children)
        {
            var step = child.First().Steps[depth];

            // Pattern variables of an if leak into the enclosing block: every node gets its own name.
            var next = $"n{_nodeCount++}";
            var isObject = step.Shape.Kind == ShapeKind.Object;
            var part = isObject ? next : "null";
            var rulesHere = child.Where(r => r.Steps.Count == depth + 1);
            var rulesBelow = child.ToList();
            if (step.Property is { } property)
            {
                var test = property.IsCollection ? "{ Count: > 0 }" : "{ }";
                w.Open($"if ({variable}.{property.ReaderName} is {test} {next})");
                w.Line($"ctx.Enter({CelTranslator.Quote(property.JsonName)}, {part});");
            }
            else if (step.Element == ShapeKind.List)
            {
                var index = $"i{next[1..]}";
                w.Open($"for (var {index} = 0; {index} < {variable}.Count; {index}++)");
                w.Line($"var {next} = {variable}[{index}];");
                w.Line($"ctx.EnterItem({index}, {part});");
            }
            else
            {
                w.Open($"foreach (var (k{next[1..]}, {next}) in {variable})");
                w.Line($"ctx.EnterValue(k{next[1..]}, {part});");
            }

            EmitNode(w, rulesHere, rulesBelow, depth + 1, next, infoNames, methodNames);
            w.Line("ctx.Exit();");
            w.Close();
        }
    }

    private int _nodeCount;

    private static string StepKey(CelStep step) => step.Property?.Key ?? step.Element.ToString();
}
