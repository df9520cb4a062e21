namespace EnvoyGateway.Dsl.Cel;

/// <summary>
/// A CEL evaluation error (no such key, index out of range, a malformed duration): the API server
/// rejects the object when a rule's evaluation errors, so the rule is reported as failing.
/// </summary>
#pragma warning disable CA1032, RCS1194 // Only the runtime raises it, always with a message.
internal sealed class CelEvaluationException(string message) : Exception(message);
#pragma warning restore CA1032, RCS1194
