namespace EnvoyGateway.Dsl.Generator.Cel;

/// <summary>
/// What one expression uses, each construct under one key that shows its form and arity: macros
/// (<c>has(_._)</c>, <c>_.all(x, _)</c>), functions (<c>size(_)</c>), methods (<c>_.matches(_)</c>),
/// operators (<c>_ &amp;&amp; _</c>, <c>_ ? _ : _</c>, <c>_[_]</c>), literal kinds, and the names no
/// comprehension binds (<c>self</c>, <c>oldSelf</c>, the type names <c>int</c> and <c>string</c>).
/// A call on a free name is one construct (<c>format.dns1123Label()</c>): the name is a library, not a value.
/// </summary>
internal sealed class CelUsage
{
    /// <summary>The key of a variable a comprehension binds.</summary>
    public const string ComprehensionVariable = "comprehension variable";

    /// <summary>The variables Kubernetes binds for a rule; any other free name is a library or type name.</summary>
    private static readonly string[] RuleVariables = ["self", "oldSelf"];

    private readonly SortedDictionary<string, (int Count, int FirstOffset)> _constructs = new(StringComparer.Ordinal);

    /// <summary>Each construct with the number of times the expression uses it and the offset of its first use.</summary>
    public IReadOnlyDictionary<string, (int Count, int FirstOffset)> Constructs => _constructs;

    public static CelUsage Of(CelExpr expression)
    {
        var usage = new CelUsage();
        usage.Visit(expression, []);
        return usage;
    }

    private void Count(string construct, CelExpr at)
        => _constructs[construct] = _constructs.TryGetValue(construct, out var seen) ? (seen.Count + 1, seen.FirstOffset) : (1, at.Offset);

    private static string Holes(int count) => string.Join(", ", Enumerable.Repeat("_", count));

    private void Visit(CelExpr expression, IReadOnlyList<string> bound)
    {
        switch (expression)
        {
            case CelLiteral literal:
                Count($"{literal.Kind.ToString().ToLowerInvariant()} literal", literal);
                break;
            case CelIdent ident:
                Count(bound.Contains(ident.Name) ? ComprehensionVariable : ident.Name, ident);
                break;
            case CelSelect select:
                Count("_._", select);
                Visit(select.Operand, bound);
                break;
            case CelIndex index:
                Count("_[_]", index);
                Visit(index.Operand, bound);
                Visit(index.Index, bound);
                break;
            case CelCall { Target: null } call:
                Count($"{call.Function}({Holes(call.Args.Count)})", call);
                VisitAll(call.Args, bound);
                break;
            case CelCall { Target: CelIdent library } call when !bound.Contains(library.Name) && !RuleVariables.Contains(library.Name):
                Count($"{library.Name}.{call.Function}({Holes(call.Args.Count)})", call);
                VisitAll(call.Args, bound);
                break;
            case CelCall call:
                Count($"_.{call.Function}({Holes(call.Args.Count)})", call);
                Visit(call.Target!, bound);
                VisitAll(call.Args, bound);
                break;
            case CelHas has:
                Count("has(_._)", has);
                Visit(has.Field.Operand, bound);
                break;
            case CelComprehension comprehension:
                Count($"_.{comprehension.MacroName}(x, {Holes(comprehension.Filter is null ? 1 : 2)})", comprehension);
                Visit(comprehension.Range, bound);
                List<string> inner = [.. bound, comprehension.Variable];
                if (comprehension.Filter is { } filter)
                {
                    Visit(filter, inner);
                }

                Visit(comprehension.Body, inner);
                break;
            case CelList list:
                Count("[_, ...] list literal", list);
                VisitAll(list.Items, bound);
                break;
            case CelMap map:
                Count("{_: _, ...} map literal", map);
                foreach (var (key, value) in map.Entries)
                {
                    Visit(key, bound);
                    Visit(value, bound);
                }

                break;
            case CelUnary unary:
                Count($"{unary.Operator}_", unary);
                Visit(unary.Operand, bound);
                break;
            case CelBinary binary:
                Count($"_ {binary.Operator} _", binary);
                Visit(binary.Left, bound);
                Visit(binary.Right, bound);
                break;
            case CelConditional conditional:
                Count("_ ? _ : _", conditional);
                Visit(conditional.Condition, bound);
                Visit(conditional.WhenTrue, bound);
                Visit(conditional.WhenFalse, bound);
                break;
        }
    }

    private void VisitAll(IEnumerable<CelExpr> expressions, IReadOnlyList<string> bound)
    {
        foreach (var expression in expressions)
        {
            Visit(expression, bound);
        }
    }
}
