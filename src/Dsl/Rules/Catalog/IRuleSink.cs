namespace EnvoyGateway.Dsl.Rules;

/// <summary>
/// Receives the findings of a check. <c>field</c> is relative to the object being checked
/// (JSON names, e.g. "unit" or "headers[1]"; empty for the object itself); the sink knows the object's
/// path and source location. <c>args</c> fill the rule's message from {1} on; a sink may keep them (build
/// time renders a message when it is first read), so they are not changed after a report.
/// <c>fixData</c> is what a code fix needs (e.g. the suggested value), or null.
/// </summary>
internal interface IRuleSink
{
    void Report(RuleDescriptor rule, string field, object?[] args, string? fixData = null);
}
