namespace EnvoyGateway.Dsl.Generator.Model;

/// <summary>Two releases or two uses disagree about one type or property; collected, then reported together.</summary>
internal sealed class ConflictException(string message) : Exception(message);
