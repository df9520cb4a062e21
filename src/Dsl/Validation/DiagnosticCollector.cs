using EnvoyGateway.Dsl.Rules;

namespace EnvoyGateway.Dsl.Validation;

/// <summary>The run-time <see cref="IRuleSink"/>: turns findings into <see cref="ValidationDiagnostic"/>s at the current path and source.</summary>
internal sealed class DiagnosticCollector : IRuleSink
{
    private readonly FieldPath _path = new();
    private readonly Stack<SourceLocation> _sources = new();
    private List<ValidationDiagnostic>? _results;

    public KubernetesObject? Resource { get; set; }

    public IReadOnlyList<ValidationDiagnostic> Results => _results ?? (IReadOnlyList<ValidationDiagnostic>)[];

    /// <summary>Enters a part of the resource; findings inside point at the part's source.</summary>
    public void Enter(string name, SourceTrackedObject part, int index = -1)
    {
        _path.Push(name, index);
        _sources.Push(part.Source);
    }

    public void Exit()
    {
        _path.Pop();
        _sources.Pop();
    }

    public void Report(RuleDescriptor rule, string field, object?[] args, string? fixData = null)
    {
        var path = _path.Render(field);
        var source = _sources.Count > 0 ? _sources.Peek() : Resource?.Source ?? default;
        Add(rule, path, args, source, Resource);
    }

    public void Add(RuleDescriptor rule, string path, object?[] args, SourceLocation source, KubernetesObject? resource)
    {
        _results ??= [];
        _results.Add(new ValidationDiagnostic(rule.Id, (ValidationSeverity)(int)rule.Severity, rule.FormatMessage(path, args), path, source, rule.HelpLink, resource?.ToString()));
    }
}
