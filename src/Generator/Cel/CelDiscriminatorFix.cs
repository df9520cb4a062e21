namespace EnvoyGateway.Dsl.Generator.Cel;

/// <summary>
/// The quick fix a rule implies when it ties a field to one value of a discriminator ("X requires Y" with one obvious
/// Y): with <see cref="Field"/> set, <see cref="Discriminator"/> must be <see cref="Value"/>. Recognized forms, on
/// <c>self</c>: <c>has(self.f) ? self.d == 'v' : …</c>, <c>!has(self.f) || self.d == 'v'</c> and
/// <c>self.d == 'v' ? has(self.f) : !has(self.f)</c>. The analyzer offers it when the field is certainly set.
/// </summary>
internal sealed record CelDiscriminatorFix(string Field, string Discriminator, string Value)
{
    public static CelDiscriminatorFix? Of(CelExpr rule) => rule switch
    {
        CelConditional { Condition: CelHas has, WhenTrue: var whenTrue } when SelfField(has) is { } field && Equality(whenTrue) is var (discriminator, value)
            => new(field, discriminator, value),
        CelBinary { Operator: "||", Left: CelUnary { Operator: "!", Operand: CelHas has }, Right: var right } when SelfField(has) is { } field && Equality(right) is var (discriminator, value)
            => new(field, discriminator, value),
        CelConditional { Condition: var condition, WhenTrue: CelHas has, WhenFalse: CelUnary { Operator: "!", Operand: CelHas hasNot } }
            when SelfField(has) is { } field && SelfField(hasNot) == field && Equality(condition) is var (discriminator, value)
            => new(field, discriminator, value),
        _ => null,
    };

    private static string? SelfField(CelHas has) => has.Field is { Operand: CelIdent { Name: "self" }, Field: var field } ? field : null;

    private static (string Discriminator, string Value)? Equality(CelExpr expression)
        => expression is CelBinary { Operator: "==", Left: CelSelect { Operand: CelIdent { Name: "self" }, Field: var discriminator }, Right: CelLiteral { Kind: CelLiteralKind.String, Value: string value } }
            ? (discriminator, value)
            : null;
}
