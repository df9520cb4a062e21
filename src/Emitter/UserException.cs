using System.Diagnostics;
using System.Reflection;

namespace EnvoyGateway.Dsl.Emitter;

/// <summary>
/// Turns an exception thrown by the project's code into one error at the project's own frame (the
/// innermost frame in the project's assembly, with file:line from its PDB), not a stack dump of ours.
/// </summary>
internal static class UserException
{
    public static BuildDiagnostic Describe(string member, Exception thrown, Assembly userAssembly, SourceLocator sources)
    {
        var cause = Unwrap(thrown);
        var message = $"{member} threw {cause.GetType().Name}: {cause.Message}";
        var frame = FirstUserFrame(cause, userAssembly);
        if (frame is null)
        {
            return BuildDiagnostic.WithoutLocation(ValidationSeverity.Error, BuildDiagnosticIds.SetThrew, message);
        }

        var method = frame.GetMethod();
        var at = method is null ? "" : $" (in {(method.DeclaringType?.FullName ?? "").Replace('+', '.')}.{method.Name})";
        var file = frame.GetFileName();
        return file is null
            ? BuildDiagnostic.WithoutLocation(ValidationSeverity.Error, BuildDiagnosticIds.SetThrew, message + at)
            : new BuildDiagnostic(ValidationSeverity.Error, BuildDiagnosticIds.SetThrew, sources.MapPath(file), frame.GetFileLineNumber(), frame.GetFileColumnNumber(), message + at);
    }

    /// <summary>Strips the reflection and type-initializer wrappers around the user's own exception.</summary>
    public static Exception Unwrap(Exception exception)
    {
        while (exception is TargetInvocationException or TypeInitializationException && exception.InnerException is { } inner)
        {
            exception = inner;
        }

        return exception;
    }

    private static StackFrame? FirstUserFrame(Exception exception, Assembly userAssembly)
    {
        foreach (var frame in new StackTrace(exception, fNeedFileInfo: true).GetFrames())
        {
            if (frame.GetMethod()?.DeclaringType?.Assembly == userAssembly)
            {
                return frame;
            }
        }

        return null;
    }
}
