using System.Globalization;
using System.Text;

namespace EnvoyGateway.Dsl.Generator.Cel;

/// <summary>
/// Translates one CEL rule to C# twice from one typed walk of its syntax (static typing from the schema's shapes):
/// for build time, a boolean expression over the generated model that calls src/Dsl/Cel for what CEL defines beyond
/// C# (errors — an absent field read is <c>no such key</c> —, <c>&amp;&amp;</c>/<c>||</c> absorbing an error,
/// comprehensions, RE2 regexes, durations, the Kubernetes libraries); for edit time, an expression over the
/// analyzer's three-valued <c>CelValue</c> (known, error, or unknown when it depends on what the analyzer cannot see),
/// calling src/Analyzers/Cel/EditCel with the same semantics. Anything it does not know throws a
/// <see cref="GenerationException"/>: a rule is never translated into something that silently passes.
/// </summary>
internal sealed class CelTranslator
{
    private const string Lib = "global::EnvoyGateway.Dsl.Cel.CelLib";
    private const string Strings = "global::EnvoyGateway.Dsl.Cel.CelStrings";
    private const string Edit = "EditCel";
    private const string Value = "CelValue";
    private readonly CelRuleSite _site;
    private readonly string _rule;
    private readonly CelHoistedFields _fields;
    private readonly CelHoistedFields _editFields;
    private readonly Dictionary<string, (string CSharpName, CelType Type)> _variables = new(StringComparer.Ordinal);

    /// <summary>No macro variable is in scope, only the rule's <c>self</c>.</summary>
    private bool OnlySelfInScope => _variables.Count == 1;
    private int _variableCount;

    private CelTranslator(CelRuleSite site, string rule, CelHoistedFields fields, CelHoistedFields editFields)
    {
        _site = site;
        _rule = rule;
        _fields = fields;
        _editFields = editFields;
    }

    /// <summary>
    /// A translated expression: its build-time C# code, its edit-time C# code (a <c>CelValue</c>), its CEL type, and
    /// whether evaluating it can raise a CEL error.
    /// </summary>
    internal sealed record Translated(string Code, string EditCode, CelType Type, bool MayFail);

    /// <summary>Both translations of one rule: build time's bool over the model, edit time's CelValue over what the analyzer knows.</summary>
    internal sealed record Translation(string Code, string EditCode);

    /// <summary>
    /// <paramref name="rule"/> with <c>self</c> of type <paramref name="selfType"/>: hoisted fields of the build-time
    /// code go to <paramref name="fields"/>, those of the edit-time code to <paramref name="editFields"/>.
    /// </summary>
    public static Translation Translate(CelRuleSite site, string rule, CelType selfType, CelHoistedFields fields, CelHoistedFields editFields)
    {
        var translator = new CelTranslator(site, rule, fields, editFields);
        translator._variables["self"] = ("self", selfType);
        var result = translator.Expr(CelParser.Parse(rule));
        return result.Type is CelType.Bool ? new(result.Code, result.EditCode) : throw translator.Fail(0, $"the rule is a {result.Type}, not a bool");
    }

    private GenerationException Fail(int offset, string what)
        => new($"{_site}: cannot translate the CEL rule to C#: {what} (at offset {offset}).{Environment.NewLine}  rule: {_rule}");

    private Translated Expr(CelExpr expr) => expr switch
    {
        CelLiteral literal => Literal(literal),
        CelIdent ident => Ident(ident),
        CelSelect select => Select(select),
        CelHas has => Has(has),
        CelIndex index => Index(index),
        CelCall call => Call(call),
        CelComprehension comprehension => Comprehension(comprehension),
        CelList list => ListLiteral(list),
        CelMap map => MapLiteral(map),
        CelUnary unary => Unary(unary),
        CelBinary binary => Binary(binary),
        CelConditional conditional => Conditional(conditional),
        _ => throw Fail(expr.Offset, $"unknown syntax {expr.GetType().Name}"),
    };

    private Translated Literal(CelLiteral literal) => literal.Kind switch
    {
        CelLiteralKind.Int => new(IntCode((long)literal.Value!), $"{Value}.Int({IntCode((long)literal.Value!)})", new CelType.Int(), false),
        CelLiteralKind.String => new(Quote((string)literal.Value!), $"{Value}.String({Quote((string)literal.Value!)})", new CelType.String(), false),
        CelLiteralKind.Bool => new((bool)literal.Value! ? "true" : "false", (bool)literal.Value! ? $"{Value}.True" : $"{Value}.False", new CelType.Bool(), false),
        CelLiteralKind.Null => new("null", $"{Value}.Null", new CelType.Null(), false),
        _ => throw Fail(literal.Offset, $"a {literal.Kind} literal"),
    };

    private static string IntCode(long value) => value.ToString(CultureInfo.InvariantCulture) + "L";

    private Translated Ident(CelIdent ident)
    {
        if (_variables.TryGetValue(ident.Name, out var variable))
        {
            return new(variable.CSharpName, variable.CSharpName, variable.Type, false);
        }

        return ident.Name is "string" or "int"
            ? new(Quote(ident.Name), $"{Value}.String({Quote(ident.Name)})", new CelType.TypeName(ident.Name), false)
            : throw Fail(ident.Offset, $"the name '{ident.Name}'");
    }

    private Translated Select(CelSelect select)
    {
        var operand = Expr(select.Operand);
        switch (operand.Type)
        {
            case CelType.Object { Type: var type }:
                var property = Property(type, select.Field, select.Offset);
                var valueType = CelType.Of(property.Shape);
                var editDefault = EditDefaultOf(property);
                var required = property.RequiredIn.Contains(_site.Release) ? "true" : "false";
                var edit = $"{Edit}.Field({operand.EditCode}, {Quote(property.JsonName)}, {editDefault ?? "null"}, {required})";
                if (property.IsCollection)
                {
                    var isMap = property.Shape.Kind is Model.ShapeKind.Map ? "true" : "false";
                    edit = $"{Edit}.Items({operand.EditCode}, {Quote(property.JsonName)}, {editDefault ?? "null"}, {isMap})";
                    return DefaultOf(property) is { } defaultItems
                        ? new($"{Lib}.OrDefault({operand.Code}.{property.ReaderName}, {defaultItems})", edit, valueType, operand.MayFail)
                        : new($"{Lib}.OrEmpty({operand.Code}.{property.ReaderName})", edit, valueType, operand.MayFail);
                }

                return DefaultOf(property) is { } fallback
                    ? new($"({operand.Code}.{property.CSharpName} ?? {fallback})", edit, valueType, operand.MayFail)
                    : property.RequiredIn.Contains(_site.Release)
                        ? new($"({operand.Code}.{property.CSharpName} ?? throw {Lib}.MissingRequired({Quote(select.Field)}))", edit, valueType, true)
                        : new($"({operand.Code}.{property.CSharpName} ?? throw {Lib}.NoSuchKey({Quote(select.Field)}))", edit, valueType, true);
            case CelType.Map { Value: var value }:
                var key = Quote(UnescapeFieldName(select.Field));
                return new($"{Lib}.At({operand.Code}, {key})", $"{Edit}.At({operand.EditCode}, {Value}.String({key}))", value, true);
            default:
                throw Fail(select.Offset, $"field '{select.Field}' of a {operand.Type}");
        }
    }

    private Model.ModelProperty Property(Model.ModelType type, string celName, int offset)
    {
        var jsonName = UnescapeFieldName(celName);
        return type.Properties.FirstOrDefault(p => p.JsonName == jsonName && p.Releases.Contains(_site.Release))
            ?? throw Fail(offset, $"{type.FullName} has no field '{jsonName}' in release {_site.Release.Name}");
    }

    /// <summary>
    /// The C# value of a property's schema default in the site's release, or null: the API server applies
    /// defaults before it runs the rules, so an absent defaulted field reads as its default. Scalars are
    /// literals; lists and objects are built once into a static field.
    /// </summary>
    private string? DefaultOf(Model.ModelProperty property)
    {
        if (!property.PerRelease.TryGetValue(_site.Release.Index, out var release) || release.Facts.Default is not { } json || property.CSharpTypeOverride is not null)
        {
            return null;
        }

        using var document = System.Text.Json.JsonDocument.Parse(json);
        var value = CelDefaults.CSharp(property.Shape, document.RootElement, _site.Release);
        return value is null || property.Shape.Kind is not (Model.ShapeKind.List or Model.ShapeKind.Object or Model.ShapeKind.Map)
            ? value
            : _fields.Field(CelType.CSharp(property.Shape), value);
    }

    /// <summary>The edit-time twin of <see cref="DefaultOf"/>: the default as a hoisted CelValue, or null exactly when build time has none.</summary>
    private string? EditDefaultOf(Model.ModelProperty property)
    {
        if (DefaultOf(property) is null)
        {
            return null;
        }

        using var document = System.Text.Json.JsonDocument.Parse(property.PerRelease[_site.Release.Index].Facts.Default!);
        return _editFields.Field(Value, CelDefaults.Edit(document.RootElement, Value));
    }

    /// <summary>
    /// Kubernetes escapes a property name that is a CEL reserved word (<c>__namespace__</c>) or holds
    /// characters CEL names cannot (<c>__dash__</c>, <c>__dot__</c>, <c>__slash__</c>, <c>__underscores__</c>).
    /// </summary>
    private static string UnescapeFieldName(string name)
    {
        if (name.Length > 4 && name.StartsWith("__", StringComparison.Ordinal) && name.EndsWith("__", StringComparison.Ordinal)
            && ReservedWords.Contains(name[2..^2]))
        {
            return name[2..^2];
        }

        return name.Replace("__underscores__", "\u0000", StringComparison.Ordinal)
            .Replace("__dash__", "-", StringComparison.Ordinal)
            .Replace("__dot__", ".", StringComparison.Ordinal)
            .Replace("__slash__", "/", StringComparison.Ordinal)
            .Replace("\u0000", "__", StringComparison.Ordinal);
    }

    private static readonly HashSet<string> ReservedWords = new(StringComparer.Ordinal)
    {
        "true", "false", "null", "in", "as", "break", "const", "continue", "else", "for", "function", "if",
        "import", "let", "loop", "package", "namespace", "return", "var", "void", "while",
    };

    private Translated Has(CelHas has)
    {
        var operand = Expr(has.Field.Operand);
        switch (operand.Type)
        {
            case CelType.Object { Type: var type }:
                var property = Property(type, has.Field.Field, has.Offset);
                var edit = $"{Edit}.Has({operand.EditCode}, {Quote(property.JsonName)}, {(DefaultOf(property) is not null ? "true" : "false")})";
                return property.IsCollection && DefaultOf(property) is null
                    ? new($"({operand.Code}.{property.ReaderName} is {{ Count: > 0 }})", edit, new CelType.Bool(), operand.MayFail)
                    : DefaultOf(property) is not null
                        ? new(operand.MayFail ? $"({operand.Code} is not null)" : "true", edit, new CelType.Bool(), operand.MayFail)
                        : new($"({operand.Code}.{property.CSharpName} is not null)", edit, new CelType.Bool(), operand.MayFail);
            case CelType.Map:
                var key = Quote(UnescapeFieldName(has.Field.Field));
                return new($"{operand.Code}.ContainsKey({key})", $"{Edit}.In({Value}.String({key}), {operand.EditCode})", new CelType.Bool(), operand.MayFail);
            default:
                throw Fail(has.Offset, $"has() on a field of a {operand.Type}");
        }
    }

    private Translated Index(CelIndex index)
    {
        var operand = Expr(index.Operand);
        var key = Expr(index.Index);
        return (operand.Type, key.Type) switch
        {
            (CelType.List { Element: var element }, CelType.Int) => new($"{Lib}.At({operand.Code}, {key.Code})", $"{Edit}.At({operand.EditCode}, {key.EditCode})", element, true),
            (CelType.Map { Value: var value }, CelType.String) => new($"{Lib}.At({operand.Code}, {key.Code})", $"{Edit}.At({operand.EditCode}, {key.EditCode})", value, true),
            _ => throw Fail(index.Offset, $"indexing a {operand.Type} with a {key.Type}"),
        };
    }

    private Translated Call(CelCall call)
    {
        if (call.Target is CelIdent { Name: "format" } && !_variables.ContainsKey("format") && call.Args.Count == 0)
        {
            return new(Quote(call.Function), $"{Value}.String({Quote(call.Function)})", new CelType.Format(call.Function), false);
        }

        if (call.Target is null)
        {
            return Function(call);
        }

        var target = Expr(call.Target);
        var args = call.Args.Select(Expr).ToList();
        var mayFail = target.MayFail || args.Any(a => a.MayFail);
        var text = target.Type is CelType.IntOrString ? new Translated($"{Lib}.AsString({target.Code})", $"{Edit}.AsString({target.EditCode})", new CelType.String(), true) : target;
        switch (call.Function, text.Type, args.Count)
        {
            case ("size", _, 0):
                return Size(target, call.Offset);
            case ("contains", CelType.String, 1) when args[0].Type is CelType.String:
                return new($"{text.Code}.Contains({args[0].Code}, global::System.StringComparison.Ordinal)", $"{Edit}.Contains({text.EditCode}, {args[0].EditCode})", new CelType.Bool(), mayFail || text.MayFail);
            case ("startsWith", CelType.String, 1) when args[0].Type is CelType.String:
                return new($"{text.Code}.StartsWith({args[0].Code}, global::System.StringComparison.Ordinal)", $"{Edit}.StartsWith({text.EditCode}, {args[0].EditCode})", new CelType.Bool(), mayFail || text.MayFail);
            case ("endsWith", CelType.String, 1) when args[0].Type is CelType.String:
                return new($"{text.Code}.EndsWith({args[0].Code}, global::System.StringComparison.Ordinal)", $"{Edit}.EndsWith({text.EditCode}, {args[0].EditCode})", new CelType.Bool(), mayFail || text.MayFail);
            case ("matches", CelType.String, 1) when call.Args[0] is CelLiteral { Kind: CelLiteralKind.String, Value: string pattern }:
                Func<GenerationException> invalid = () => Fail(call.Offset, $"the RE2 pattern '{pattern}'");
                return new($"{Strings}.Matches({text.Code}, {_fields.Regex(pattern, invalid)})", $"{Edit}.Matches({text.EditCode}, {_editFields.Regex(pattern, invalid)})", new CelType.Bool(), text.MayFail);
            case ("lowerAscii", CelType.String, 0):
                return new($"{Strings}.LowerAscii({text.Code})", $"{Edit}.LowerAscii({text.EditCode})", new CelType.String(), text.MayFail);
            case ("upperAscii", CelType.String, 0):
                return new($"{Strings}.UpperAscii({text.Code})", $"{Edit}.UpperAscii({text.EditCode})", new CelType.String(), text.MayFail);
            case ("split", CelType.String, 1) when args[0].Type is CelType.String:
                return new($"{Strings}.Split({text.Code}, {args[0].Code})", $"{Edit}.Split({text.EditCode}, {args[0].EditCode})", new CelType.List(new CelType.String()), mayFail || text.MayFail);
            case ("substring", CelType.String, 1) when args[0].Type is CelType.Int:
                return new($"{Strings}.Substring({text.Code}, {args[0].Code})", $"{Edit}.Substring({text.EditCode}, {args[0].EditCode})", new CelType.String(), true);
            case ("validate", CelType.Format, 1) when args[0].Type is CelType.String:
                return new($"{Strings}.ValidateFormat({target.Code}, {args[0].Code})", $"{Edit}.ValidateFormat({target.EditCode}, {args[0].EditCode})", new CelType.FormatErrors(), mayFail);
            default:
                throw Fail(call.Offset, $"the method {call.Function}() on a {target.Type} with {string.Join(", ", args.Select(a => a.Type))}");
        }
    }

    private Translated Function(CelCall call)
    {
        var args = call.Args.Select(Expr).ToList();
        switch (call.Function, args.Count)
        {
            case ("size", 1):
                return Size(args[0], call.Offset);
            case ("duration", 1) when args[0].Type is CelType.String:
                return new($"global::EnvoyGateway.Dsl.Cel.CelDuration.Parse({args[0].Code})", $"{Edit}.Duration({args[0].EditCode})", new CelType.Duration(), true);
            case ("isIP", 1) when args[0].Type is CelType.String:
                return new($"{Strings}.IsIP({args[0].Code})", $"{Edit}.IsIP({args[0].EditCode})", new CelType.Bool(), args[0].MayFail);
            default:
                throw Fail(call.Offset, $"the function {call.Function}() with {string.Join(", ", args.Select(a => a.Type))}");
        }
    }

    private Translated Size(Translated operand, int offset) => operand.Type switch
    {
        CelType.String => new($"{Strings}.Size({operand.Code})", $"{Edit}.Size({operand.EditCode})", new CelType.Int(), operand.MayFail),
        CelType.List or CelType.Map => new($"(long){operand.Code}.Count", $"{Edit}.Size({operand.EditCode})", new CelType.Int(), operand.MayFail),
        _ => throw Fail(offset, $"size() of a {operand.Type}"),
    };

    private Translated Comprehension(CelComprehension comprehension)
    {
        var range = Expr(comprehension.Range);
        var (rangeCode, rangeEdit, element) = range.Type switch
        {
            CelType.List { Element: var e } => (range.Code, range.EditCode, e),
            CelType.Map => ($"{range.Code}.Keys", $"{Edit}.Keys({range.EditCode})", (CelType)new CelType.String()),
            _ => throw Fail(comprehension.Offset, $"{comprehension.MacroName}() over a {range.Type}"),
        };

        var name = $"{Sanitize(comprehension.Variable)}_{_variableCount++}";
        var shadowed = _variables.GetValueOrDefault(comprehension.Variable);
        _variables[comprehension.Variable] = (name, element);
        try
        {
            var body = Expr(comprehension.Body);
            var filter = comprehension.Filter is { } f ? Expr(f) : null;
            var lambda = $"{name} => {body.Code}";
            var editLambda = $"{name} => {body.EditCode}";
            var mayFail = range.MayFail || body.MayFail || (filter?.MayFail ?? false);
            switch (comprehension.Kind)
            {
                case CelComprehensionKind.All or CelComprehensionKind.Exists or CelComprehensionKind.ExistsOne or CelComprehensionKind.Filter when body.Type is not CelType.Bool:
                    throw Fail(comprehension.Offset, $"the predicate of {comprehension.MacroName}() is a {body.Type}");
                case CelComprehensionKind.All:
                    return new($"{Lib}.All({rangeCode}, {lambda})", $"{Edit}.All({rangeEdit}, {editLambda})", new CelType.Bool(), mayFail);
                case CelComprehensionKind.Exists:
                    return new($"{Lib}.Exists({rangeCode}, {lambda})", $"{Edit}.Exists({rangeEdit}, {editLambda})", new CelType.Bool(), mayFail);
                case CelComprehensionKind.ExistsOne:
                    return new($"{Lib}.ExistsOne({rangeCode}, {lambda})", $"{Edit}.ExistsOne({rangeEdit}, {editLambda})", new CelType.Bool(), mayFail);
                case CelComprehensionKind.Filter:
                    return new($"{Lib}.Filter({rangeCode}, {lambda})", $"{Edit}.Filter({rangeEdit}, {editLambda})", new CelType.List(element), mayFail);
                default:
                    return filter is null
                        ? new($"{Lib}.Map({rangeCode}, {lambda})", $"{Edit}.Map({rangeEdit}, null, {editLambda})", new CelType.List(body.Type), mayFail)
                        : new($"{Lib}.Map({rangeCode}, {name} => {filter.Code}, {lambda})", $"{Edit}.Map({rangeEdit}, {name} => {filter.EditCode}, {editLambda})", new CelType.List(body.Type), mayFail);
            }
        }
        finally
        {
            if (shadowed.CSharpName is null)
            {
                _variables.Remove(comprehension.Variable);
            }
            else
            {
                _variables[comprehension.Variable] = shadowed;
            }
        }
    }

    private Translated ListLiteral(CelList list)
    {
        var items = list.Items.Select(Expr).ToList();
        var element = items.Count > 0 ? items[0].Type : throw Fail(list.Offset, "an empty list literal");
        if (items.Any(i => i.Type != element))
        {
            throw Fail(list.Offset, "a list literal of mixed types");
        }

        var csharp = element switch
        {
            CelType.String => "string",
            CelType.Int => "long",
            CelType.Bool => "bool",
            _ => throw Fail(list.Offset, $"a list literal of {element}"),
        };
        var editItems = $"{Value}.List({string.Join(", ", items.Select(i => i.EditCode))})";
        var edit = list.Items.All(i => i is CelLiteral) ? _editFields.Field(Value, editItems) : editItems;
        return new($"new {csharp}[] {{ {string.Join(", ", items.Select(i => i.Code))} }}", edit, new CelType.List(element), items.Any(i => i.MayFail));
    }

    private Translated MapLiteral(CelMap map)
    {
        var entries = map.Entries.Select(e => (Key: Expr(e.Key), Value: Expr(e.Value))).ToList();
        if (entries.Count == 0 || entries.Any(e => e.Key.Type is not CelType.String || e.Key.MayFail || e.Value.Type is not CelType.Int || e.Value.MayFail))
        {
            throw Fail(map.Offset, "a map literal other than constant string keys to int values");
        }

        var initializer = string.Join(", ", entries.Select(e => $"[{e.Key.Code}] = {e.Value.Code}"));
        var editEntries = string.Join(", ", entries.Select(e => $"({e.Key.Code}, {e.Value.EditCode})"));
        return new(
            _fields.Field("global::System.Collections.Generic.Dictionary<string, long>", $"new() {{ {initializer} }}"),
            _editFields.Field(Value, $"{Value}.Map({editEntries})"),
            new CelType.Map(new CelType.Int()),
            false);
    }

    private Translated Unary(CelUnary unary)
    {
        var operand = Expr(unary.Operand);
        return unary.Operator == "!" && operand.Type is CelType.Bool
            ? new($"!{operand.Code}", $"{Edit}.Not({operand.EditCode})", new CelType.Bool(), operand.MayFail)
            : throw Fail(unary.Offset, $"the operator {unary.Operator} on a {operand.Type}");
    }

    private Translated Conditional(CelConditional conditional)
    {
        var condition = Expr(conditional.Condition);
        var whenTrue = Expr(conditional.WhenTrue);
        var whenFalse = Expr(conditional.WhenFalse);
        if (condition.Type is not CelType.Bool || whenTrue.Type != whenFalse.Type)
        {
            throw Fail(conditional.Offset, $"a conditional of {condition.Type} with branches {whenTrue.Type} and {whenFalse.Type}");
        }

        return new(
            $"({condition.Code} ? {whenTrue.Code} : {whenFalse.Code})",
            $"{Edit}.Conditional({condition.EditCode}, {whenTrue.EditCode}, {whenFalse.EditCode})",
            whenTrue.Type,
            condition.MayFail || whenTrue.MayFail || whenFalse.MayFail);
    }

    private Translated Binary(CelBinary binary)
    {
        if (binary.Operator is "==" or "!=" && TypeTest(binary) is { } test)
        {
            return binary.Operator == "==" ? test : test with { Code = $"!{test.Code}", EditCode = $"{Edit}.Not({test.EditCode})" };
        }

        var left = Expr(binary.Left);
        var right = Expr(binary.Right);
        var mayFail = left.MayFail || right.MayFail;
        switch (binary.Operator)
        {
            case "&&" or "||" when left.Type is CelType.Bool && right.Type is CelType.Bool:
                var name = binary.Operator == "&&" ? "And" : "Or";
                var edit = $"{Edit}.{name}({left.EditCode}, {right.EditCode})";
                // Outside a macro, operands read only self and take it as an argument: a lambda capturing self
                // allocated a closure on every evaluation of the rule, whichever branch ran.
                var operands = OnlySelfInScope
                    ? $"self, static self => {left.Code}, static self => {right.Code}"
                    : $"() => {left.Code}, () => {right.Code}";
                return left.MayFail
                    ? new($"{Lib}.{name}({operands})", edit, new CelType.Bool(), true)
                    : new($"({left.Code} {binary.Operator} {right.Code})", edit, new CelType.Bool(), right.MayFail);
            case "==" or "!=":
                var equal = Equality(left, right, binary.Offset);
                var editEqual = $"{Edit}.Equal({left.EditCode}, {right.EditCode})";
                return binary.Operator == "=="
                    ? new(equal, editEqual, new CelType.Bool(), mayFail)
                    : new($"!{equal}", $"{Edit}.Not({editEqual})", new CelType.Bool(), mayFail);
            case "<" or "<=" or ">" or ">=":
                return new(Ordering(binary.Operator, left, right, binary.Offset), $"{Edit}.{OrderingName(binary.Operator)}({left.EditCode}, {right.EditCode})", new CelType.Bool(), mayFail);
            case "+" when left.Type is CelType.Int && right.Type is CelType.Int:
                return new($"({left.Code} + {right.Code})", $"{Edit}.Add({left.EditCode}, {right.EditCode})", new CelType.Int(), mayFail);
            case "in":
                return In(left, right, binary);
            default:
                throw Fail(binary.Offset, $"the operator {binary.Operator} on {left.Type} and {right.Type}");
        }
    }

    /// <summary><c>type(x) == string</c> / <c>type(x) == int</c> on an int-or-string value.</summary>
    private Translated? TypeTest(CelBinary binary)
    {
        if (binary.Left is not CelCall { Target: null, Function: "type", Args: [var operand] } || binary.Right is not CelIdent { Name: "string" or "int" } typeName)
        {
            return null;
        }

        var value = Expr(operand);
        var isString = typeName.Name == "string";
        var editTest = $"{Edit}.IsString({value.EditCode})";
        return value.Type switch
        {
            CelType.IntOrString => new($"({value.Code}.IsString == {(isString ? "true" : "false")})", isString ? editTest : $"{Edit}.Not({editTest})", new CelType.Bool(), value.MayFail),
            CelType.String => new(isString ? "true" : "false", isString ? $"{Value}.True" : $"{Value}.False", new CelType.Bool(), false),
            CelType.Int => new(isString ? "false" : "true", isString ? $"{Value}.False" : $"{Value}.True", new CelType.Bool(), false),
            _ => throw Fail(binary.Offset, $"type() of a {value.Type}"),
        };
    }

    private string Equality(Translated left, Translated right, int offset) => (left.Type, right.Type) switch
    {
        (CelType.String, CelType.String) => $"string.Equals({left.Code}, {right.Code}, global::System.StringComparison.Ordinal)",
        (CelType.Int, CelType.Int) or (CelType.Bool, CelType.Bool) or (CelType.Double, CelType.Double) or (CelType.Duration, CelType.Duration)
            => $"({left.Code} == {right.Code})",
        (CelType.IntOrString, CelType.IntOrString) => $"{left.Code}.Equals({right.Code})",
        (CelType.FormatErrors, CelType.Null) => $"({left.Code} is null)",
        _ => throw Fail(offset, $"comparing a {left.Type} with a {right.Type}"),
    };

    private static string OrderingName(string op) => op switch
    {
        "<" => "Less",
        "<=" => "LessOrEqual",
        ">" => "Greater",
        _ => "GreaterOrEqual",
    };

    private string Ordering(string op, Translated left, Translated right, int offset) => (left.Type, right.Type) switch
    {
        (CelType.Int, CelType.Int) or (CelType.Double, CelType.Double) or (CelType.Duration, CelType.Duration) => $"({left.Code} {op} {right.Code})",
        (CelType.String, CelType.String) => $"({Strings}.Compare({left.Code}, {right.Code}) {op} 0)",
        _ => throw Fail(offset, $"ordering a {left.Type} and a {right.Type}"),
    };

    private Translated In(Translated left, Translated right, CelBinary binary)
    {
        // A constant list of strings: a C# pattern, no allocation.
        if (binary.Right is CelList list && left.Type is CelType.String && list.Items.All(i => i is CelLiteral { Kind: CelLiteralKind.String }))
        {
            var alternatives = string.Join(" or ", list.Items.Select(i => Quote((string)((CelLiteral)i).Value!)));
            return new($"({left.Code} is {alternatives})", $"{Edit}.In({left.EditCode}, {right.EditCode})", new CelType.Bool(), left.MayFail);
        }

        var edit = $"{Edit}.In({left.EditCode}, {right.EditCode})";
        return right.Type switch
        {
            CelType.List { Element: var element } when element == left.Type && left.Type is CelType.String or CelType.Int or CelType.Bool
                => new($"{Lib}.In({left.Code}, {right.Code})", edit, new CelType.Bool(), left.MayFail || right.MayFail),
            CelType.Map when left.Type is CelType.String
                => new($"{right.Code}.ContainsKey({left.Code})", edit, new CelType.Bool(), left.MayFail || right.MayFail),
            _ => throw Fail(binary.Offset, $"'in' with a {left.Type} and a {right.Type}"),
        };
    }

    private static string Sanitize(string name) => "v_" + name;

    /// <summary>A C# regular string literal.</summary>
    public static string Quote(string value)
    {
        var text = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when c < ' ' || c > '~' => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return text.Append('"').ToString();
    }
}
