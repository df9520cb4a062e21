using System.Globalization;
using EnvoyGateway.Dsl.Rules;
using Microsoft.CodeAnalysis;

namespace EnvoyGateway.Dsl.Analyzers.Walking;

/// <summary>Compile-time constants (literals, consts, constant expressions) as facts; anything else is Unknown.</summary>
internal static class Constants
{
    public static Fact<string> String(IOperation? operation)
        => Value(operation) switch
        {
            { HasValue: true, Value: null } => Fact<string>.Absent,
            { HasValue: true, Value: string text } => Fact<string>.Of(text),
            _ => Fact<string>.Unknown,
        };

    /// <summary>A whole number; <c>Requests = 10</c> is a constant wrapped in a conversion to <c>uint?</c>.</summary>
    public static Fact<long> Number(IOperation? operation)
        => Value(operation) switch
        {
            { HasValue: true, Value: null } => Fact<long>.Absent,
            { HasValue: true, Value: int or uint or long or short or ushort or byte or sbyte } constant when Convert.ToInt64(constant.Value, CultureInfo.InvariantCulture) is >= 0 and var number => Fact<long>.Of(number),
            _ => Fact<long>.Unknown,
        };

    /// <summary>
    /// The text of a value that is certainly set: a non-null constant, or any value of a non-nullable value
    /// type (<c>CreationTimestamp = DateTimeOffset.Now</c>); null when it may be null.
    /// </summary>
    public static string? SetValueText(IOperation? operation)
    {
        if (operation is null)
        {
            return null;
        }

        var constant = Value(operation);
        if (constant.HasValue)
        {
            return constant.Value is null ? null : Convert.ToString(constant.Value, CultureInfo.InvariantCulture);
        }

        var inner = DslOperations.SkipConversions(operation);
        return inner.Type is { IsValueType: true } type && type.OriginalDefinition.SpecialType != SpecialType.System_Nullable_T
            ? inner.Syntax.ToString()
            : null;
    }

    /// <summary>The first constant value found looking through conversions (the outer conversion to a nullable has none).</summary>
    private static Optional<object?> Value(IOperation? operation)
    {
        while (operation is not null)
        {
            if (operation.ConstantValue.HasValue)
            {
                return operation.ConstantValue;
            }

            operation = operation is Microsoft.CodeAnalysis.Operations.IConversionOperation conversion ? conversion.Operand : null;
        }

        return default;
    }
}
