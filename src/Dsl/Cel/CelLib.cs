namespace EnvoyGateway.Dsl.Cel;

/// <summary>
/// The CEL semantics the translated rules call (src/Generator/Cel/CelTranslator.cs writes the calls):
/// errors are <see cref="CelEvaluationException"/>s; <c>&amp;&amp;</c>, <c>||</c>, <c>all</c> and
/// <c>exists</c> absorb an error when another operand decides the result, as CEL defines.
/// </summary>
internal static class CelLib
{
    public static CelEvaluationException NoSuchKey(string field) => new(CelErrors.NoSuchKey(field));

    /// <summary>A required field is absent: the schema check reports it, and the API server does not run the rules of an object that fails its schema.</summary>
    public static CelEvaluationException MissingRequired(string field) => new(CelErrors.NoSuchKey(field), requiredFieldMissing: true);

    /// <summary>CEL's <c>&amp;&amp;</c> when the left operand can fail: false wins over an error on either side.</summary>
    public static bool And(Func<bool> left, Func<bool> right)
    {
        bool leftValue;
        try
        {
            leftValue = left();
        }
        catch (CelEvaluationException)
        {
            if (!right())
            {
                return false;
            }

            throw;
        }

        return leftValue && right();
    }

    /// <summary>CEL's <c>||</c> when the left operand can fail: true wins over an error on either side.</summary>
    public static bool Or(Func<bool> left, Func<bool> right)
    {
        bool leftValue;
        try
        {
            leftValue = left();
        }
        catch (CelEvaluationException)
        {
            if (right())
            {
                return true;
            }

            throw;
        }

        return leftValue || right();
    }

    public static bool All<T>(IEnumerable<T> range, Func<T, bool> predicate)
    {
        CelEvaluationException? error = null;
        foreach (var item in range)
        {
            try
            {
                if (!predicate(item))
                {
                    return false;
                }
            }
            catch (CelEvaluationException e)
            {
                error ??= e;
            }
        }

        return error is null ? true : throw error;
    }

    public static bool Exists<T>(IEnumerable<T> range, Func<T, bool> predicate)
    {
        CelEvaluationException? error = null;
        foreach (var item in range)
        {
            try
            {
                if (predicate(item))
                {
                    return true;
                }
            }
            catch (CelEvaluationException e)
            {
                error ??= e;
            }
        }

        return error is null ? false : throw error;
    }

    public static bool ExistsOne<T>(IEnumerable<T> range, Func<T, bool> predicate)
    {
        var count = 0;
        foreach (var item in range)
        {
            if (predicate(item))
            {
                count++;
            }
        }

        return count == 1;
    }

    public static List<T> Filter<T>(IEnumerable<T> range, Func<T, bool> predicate) => range.Where(predicate).ToList();

    public static List<TResult> Map<T, TResult>(IEnumerable<T> range, Func<T, TResult> transform) => range.Select(transform).ToList();

    public static List<TResult> Map<T, TResult>(IEnumerable<T> range, Func<T, bool> predicate, Func<T, TResult> transform) => range.Where(predicate).Select(transform).ToList();

    /// <summary>A list or map field: the model's (empty means absent), else the schema default the API server would have filled in.</summary>
    public static TCollection OrDefault<TCollection>(TCollection value, TCollection schemaDefault)
        where TCollection : System.Collections.ICollection
        => value.Count > 0 ? value : schemaDefault;

    public static bool In<T>(T value, IEnumerable<T> list) => list.Contains(value);

    public static long Size<T>(IReadOnlyCollection<T> value) => value.Count;

    public static T At<T>(IReadOnlyList<T> list, long index)
        => index >= 0 && index < list.Count ? list[(int)index] : throw new CelEvaluationException(CelErrors.IndexOutOfBounds(index));

    public static TValue At<TValue>(IReadOnlyDictionary<string, TValue> map, string key)
        => map.TryGetValue(key, out var value) ? value : throw NoSuchKey(key);

    /// <summary>The string of an int-or-string value (a rule that checked <c>type(self) == string</c>); an int is a type error.</summary>
    public static string AsString(IntOrString value) => value.StringValue ?? throw new CelEvaluationException(CelErrors.IntIsNotAString);

}
