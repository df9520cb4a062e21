using EnvoyGateway.Dsl.Generator.Cel;
using EnvoyGateway.Dsl.Generator.Model;

namespace EnvoyGateway.Dsl.Generator.Emit;

/// <summary>
/// Writes src/Dsl/Generated/Cel: per kind, a walk over the model that reaches every node with CEL rules
/// and runs each rule (translated by <see cref="CelTranslator"/>) when the selected release has it;
/// and the dispatch from a resource to its kind's walk.
/// </summary>
internal sealed class CelEmitter(IReadOnlyList<CelCompiledRule> rules)
{
    public const string Folder = ModelEmitter.GeneratedFolder + "/Cel";

    private const string Namespace = "EnvoyGateway.Dsl.Cel";

    public void EmitAll(GeneratedOutput output)
    {
        output.OwnedFolders.Add(Folder);
        var kinds = rules.GroupBy(r => r.Kind).OrderBy(g => g.Key.Kind, StringComparer.Ordinal).ToList();
        foreach (var kind in kinds)
        {
            output.Add($"{Folder}/{ClassName(kind.Key)}.cs", EmitKind(kind.Key, kind.ToList()));
        }

        output.Add($"{Folder}/GeneratedCelRules.cs", EmitDispatch(kinds.Select(k => k.Key).ToList()));
    }

    private static string ClassName(ModelKind kind) => kind.Kind + "CelRules";

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

    private string EmitKind(ModelKind kind, IReadOnlyList<CelCompiledRule> kindRules)
    {
        _nodeCount = 0;
        var fields = new CelHoistedFields();
        var infoNames = new Dictionary<CelCompiledRule, string>();
        var methodNames = new Dictionary<CelCompiledRule, string>();
        var methods = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var rule in kindRules)
        {
            infoNames[rule] = "Rule" + infoNames.Count;
            var code = CelTranslator.Translate(rule.Newest, rule.Rule, CelType.Of(rule.SelfShape), fields);
            var signature = $"private static bool Evaluate{CelCompiledRule.Hash(rule.Rule + "\n" + rule.SelfCSharp)}({rule.SelfCSharp} self)";
            methods[signature] = code;
            methodNames[rule] = signature[(signature.IndexOf("Evaluate", StringComparison.Ordinal))..signature.IndexOf('(', StringComparison.Ordinal)];
        }

        var w = new CodeWriter();
        w.Line(CodeWriter.Header);
        w.Line($"namespace {Namespace};");
        w.Line();
        w.Doc("summary", $"The CEL rules of {kind.Kind} ({kind.Group}), translated from its CRDs: a walk to every node with rules, then each rule as C#.");
        w.Open($"internal static class {ClassName(kind)}");
        foreach (var rule in kindRules)
        {
            var message = rule.Newest.Rule.Message is { } m ? CelTranslator.Quote(m) : "null";
            var fieldPath = rule.Newest.Rule.FieldPath is { } f ? CelTranslator.Quote(f) : "null";
            w.Line($"private static readonly CelRuleInfo {infoNames[rule]} = new({CelTranslator.Quote(rule.Key)}, {CelTranslator.Quote(kind.Kind)}, {CelTranslator.Quote(rule.Path)}, {CelTranslator.Quote(rule.Rule)}, {message}, {fieldPath}, 0x{rule.Releases.Bits:X}UL);");
        }

        foreach (var declaration in fields.Declarations)
        {
            w.Line(declaration);
        }

        w.Line();
        w.Doc("summary", "The rules of this kind.");
        w.Line($"public static readonly CelRuleInfo[] Rules = [{string.Join(", ", kindRules.Select(r => infoNames[r]))}];");
        w.Line();
        w.Open($"public static void Check({CelType.CSharp(kind.RootType)} resource, CelContext ctx)");
        EmitNode(w, kindRules.Where(r => r.Steps.Count == 0), kindRules, 0, "resource", infoNames, methodNames);
        w.Close();
        foreach (var (signature, code) in methods.OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            w.Line();
            w.Line($"{signature}");
            w.Line($"    => {code};");
        }

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
                var test = property.Shape.Kind is ShapeKind.List or ShapeKind.Map ? "{ Count: > 0 }" : "{ }";
                w.Open($"if ({variable}.{property.CSharpName} is {test} {next})");
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
