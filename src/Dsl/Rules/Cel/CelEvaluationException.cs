namespace EnvoyGateway.Dsl.Cel;

/// <summary>
/// A CEL evaluation error (no such key, index out of range, a malformed duration): the API server
/// rejects the object when a rule's evaluation errors, so the rule is reported as failing.
/// </summary>
#pragma warning disable CA1032, RCS1194 // Only the runtime raises it, always with a message.
internal sealed class CelEvaluationException(string message, bool requiredFieldMissing = false) : Exception(message)
{
    /// <summary>The error comes from a required field that is not set: a schema finding, not the rule's.</summary>
    public bool RequiredFieldMissing { get; } = requiredFieldMissing;
}
#pragma warning restore CA1032, RCS1194
