namespace EnvoyGateway.Dsl.Analyzers.Sets;

/// <summary>
/// A value computed once per compilation by the first action that needs it. Unlike <c>Lazy&lt;T&gt;</c>, a build
/// cancelled with its action's token is not cached: the next action builds it again.
/// </summary>
internal sealed class PerCompilation<T>
    where T : class
{
    private readonly object _gate = new();
    private readonly Func<CancellationToken, T> _create;
    private T? _value;

    public PerCompilation(Func<CancellationToken, T> create) => _create = create;

    public T Get(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _value) is { } value)
        {
            return value;
        }

        lock (_gate)
        {
            if (_value is null)
            {
                Volatile.Write(ref _value, _create(cancellationToken));
            }

            return _value!;
        }
    }
}
