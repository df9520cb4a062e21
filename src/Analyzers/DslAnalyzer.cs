using Microsoft.CodeAnalysis.Diagnostics;

namespace EnvoyGateway.Dsl.Analyzers;

/// <summary>
/// Base of the DSL analyzers: concurrent, silent on generated code, and inert in compilations that do not
/// reference the DSL (the types are resolved once per compilation, not per operation).
/// </summary>
public abstract class DslAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public sealed override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (DslTypes.Of(start.Compilation) is { } types)
            {
                Register(start, types);
            }
        });
    }

    /// <summary>Registers the analyzer's actions for one compilation that references the DSL.</summary>
    private protected abstract void Register(CompilationStartAnalysisContext context, DslTypes types);
}
