namespace EnvoyGateway.Dsl.Generator.Cel;

/// <summary>
/// Turns a call into a macro node when its name and arity are a CEL macro's (<c>has(a.b)</c>;
/// <c>r.all(x, p)</c>, <c>exists</c>, <c>exists_one</c>, <c>filter</c>; <c>r.map(x, t)</c> and
/// <c>r.map(x, p, t)</c>), else keeps it a call. A macro with a malformed argument is an error.
/// </summary>
internal static class CelMacros
{
    public static CelExpr Call(string source, int offset, CelExpr? target, string name, IReadOnlyList<CelExpr> args)
    {
        if (target is null && name == "has" && args.Count == 1)
        {
            return args[0] is CelSelect field
                ? new CelHas(offset, field)
                : throw CelSyntaxException.At(source, args[0].Offset, "has() takes a field selection such as has(self.field)");
        }

        if (target is not null && ComprehensionKind(name, args.Count) is { } kind)
        {
            if (args[0] is not CelIdent variable)
            {
                throw CelSyntaxException.At(source, args[0].Offset, $"the first argument of {name}() must be a simple name");
            }

            return args.Count == 3
                ? new CelComprehension(offset, kind, target, variable.Name, args[2], Filter: args[1])
                : new CelComprehension(offset, kind, target, variable.Name, args[1]);
        }

        return new CelCall(offset, target, name, args);
    }

    private static CelComprehensionKind? ComprehensionKind(string name, int arity) => (name, arity) switch
    {
        ("all", 2) => CelComprehensionKind.All,
        ("exists", 2) => CelComprehensionKind.Exists,
        ("exists_one", 2) => CelComprehensionKind.ExistsOne,
        ("filter", 2) => CelComprehensionKind.Filter,
        ("map", 2 or 3) => CelComprehensionKind.Map,
        _ => null,
    };
}
