namespace EnvoyGateway.Dsl.Generator;

/// <summary>
/// The inputs cannot be turned into one consistent model (a conflict between releases or uses, a bad
/// input file). Generation stops and writes nothing: a conflict is resolved in the inputs or by an
/// explicit override, never by guessing.
/// </summary>
internal sealed class GenerationException(string message) : Exception(message);
