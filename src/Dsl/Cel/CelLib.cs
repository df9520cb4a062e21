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
    public static bool And(Func<bool> left, Func<bool> right) => And((left, right), static s => s.left(), static s => s.right());

    /// <summary>
    /// <see cref="And(Func{bool}, Func{bool})"/> with the operands' one input passed in, so that static lambdas
    /// need no closure: a rule's operands that read only <c>self</c> are written so.
    /// </summary>
    public static bool And<TState>(TState state, Func<TState, bool> left, Func<TState, bool> right)
    {
        bool leftValue;
        try
        {
            leftValue = left(state);
        }
        catch (CelEvaluationException)
        {
            if (!right(state))
            {
                return false;
            }

            throw;
        }

        return leftValue && right(state);
    }

    /// <summary>CEL's <c>||</c> when the left operand can fail: true wins over an error on either side.</summary>
    public static bool Or(Func<bool> left, Func<bool> right) => Or((left, right), static s => s.left(), static s => s.right());

    /// <summary><see cref="Or(Func{bool}, Func{bool})"/> with the operands' one input passed in (see <see cref="And{TState}"/>).</summary>
    public static bool Or<TState>(TState state, Func<TState, bool> left, Func<TState, bool> right)
    {
        bool leftValue;
        try
        {
            leftValue = left(state);
        }
        catch (CelEvaluationException)
        {
            if (right(state))
            {
                return true;
            }

            throw;
        }

        return leftValue || right(state);
    }

    // A list is walked with its own enumerator (a struct): through IEnumerable<T> each call boxed one.
    public static bool All<T>(List<T> range, Func<T, bool> predicate) => All<T, List<T>.Enumerator>(range.GetEnumerator(), predicate);

    public static bool All<T>(IEnumerable<T> range, Func<T, bool> predicate) => All<T, IEnumerator<T>>(range.GetEnumerator(), predicate);

    public static bool Exists<T>(List<T> range, Func<T, bool> predicate) => Exists<T, List<T>.Enumerator>(range.GetEnumerator(), predicate);

    public static bool Exists<T>(IEnumerable<T> range, Func<T, bool> predicate) => Exists<T, IEnumerator<T>>(range.GetEnumerator(), predicate);

    public static bool ExistsOne<T>(List<T> range, Func<T, bool> predicate) => ExistsOne<T, List<T>.Enumerator>(range.GetEnumerator(), predicate);

    public static bool ExistsOne<T>(IEnumerable<T> range, Func<T, bool> predicate) => ExistsOne<T, IEnumerator<T>>(range.GetEnumerator(), predicate);

    private static bool All<T, TEnumerator>(TEnumerator items, Func<T, bool> predicate)
        where TEnumerator : IEnumerator<T>
    {
        CelEvaluationException? error = null;
        using (items)
        {
            while (items.MoveNext())
            {
                try
                {
                    if (!predicate(items.Current))
                    {
                        return false;
                    }
                }
                catch (CelEvaluationException e)
                {
                    error ??= e;
                }
            }
        }

        return error is null ? true : throw error;
    }

    private static bool Exists<T, TEnumerator>(TEnumerator items, Func<T, bool> predicate)
        where TEnumerator : IEnumerator<T>
    {
        CelEvaluationException? error = null;
        using (items)
        {
            while (items.MoveNext())
            {
                try
                {
                    if (predicate(items.Current))
                    {
                        return true;
                    }
                }
                catch (CelEvaluationException e)
                {
                    error ??= e;
                }
            }
        }

        return error is null ? false : throw error;
    }

    private static bool ExistsOne<T, TEnumerator>(TEnumerator items, Func<T, bool> predicate)
        where TEnumerator : IEnumerator<T>
    {
        var count = 0;
        using (items)
        {
            while (items.MoveNext())
            {
                if (predicate(items.Current))
                {
                    count++;
                }
            }
        }

        return count == 1;
    }

    public static List<T> Filter<T>(IEnumerable<T> range, Func<T, bool> predicate) => range.Where(predicate).ToList();

    public static List<TResult> Map<T, TResult>(IEnumerable<T> range, Func<T, TResult> transform) => range.Select(transform).ToList();

    public static List<TResult> Map<T, TResult>(IEnumerable<T> range, Func<T, bool> predicate, Func<T, TResult> transform) => range.Where(predicate).Select(transform).ToList();

    /// <summary>A list or map field: the model's (empty means absent), else the schema default the API server would have filled in.</summary>
    public static TCollection OrDefault<TCollection>(TCollection? value, TCollection schemaDefault)
        where TCollection : class, System.Collections.ICollection
        => value is { Count: > 0 } ? value : schemaDefault;

    /// <summary>
    /// A list or map field as a rule reads it: the model's, or one shared empty collection where the model has
    /// not created it (rules only read, and reading the model's property would create one per object).
    /// </summary>
    public static TCollection OrEmpty<TCollection>(TCollection? value)
        where TCollection : class, System.Collections.ICollection, new()
        => value ?? EmptyCollection<TCollection>.Instance;

    private static class EmptyCollection<TCollection>
        where TCollection : new()
    {
        public static readonly TCollection Instance = new();
    }

    public static bool In<T>(T value, IEnumerable<T> list) => list.Contains(value);

    public static long Size<T>(IReadOnlyCollection<T> value) => value.Count;

    public static T At<T>(IReadOnlyList<T> list, long index)
        => index >= 0 && index < list.Count ? list[(int)index] : throw new CelEvaluationException(CelErrors.IndexOutOfBounds(index));

    public static TValue At<TValue>(IReadOnlyDictionary<string, TValue> map, string key)
        => map.TryGetValue(key, out var value) ? value : throw NoSuchKey(key);

    /// <summary>The string of an int-or-string value (a rule that checked <c>type(self) == string</c>); an int is a type error.</summary>
    public static string AsString(IntOrString value) => value.StringValue ?? throw new CelEvaluationException(CelErrors.IntIsNotAString);

}
