using System.Runtime.CompilerServices;

namespace EnvoyGateway.Dsl;

/// <summary>
/// OwnerReference contains enough information to let you identify an owning object. An owning object
/// must be in the same namespace as the dependent, or be cluster-scoped, so there is no namespace field.
/// </summary>
public sealed class OwnerReference : SourceTrackedObject
{
    /// <summary>Creates an empty owner reference.</summary>
    /// <param name="callerFilePath">Filled by the compiler: the file that creates this object, for diagnostics.</param>
    /// <param name="callerLineNumber">Filled by the compiler: the line that creates this object, for diagnostics.</param>
    public OwnerReference([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary>API version of the referent.</summary>
    public string? ApiVersion { get; set; }

    /// <summary>Kind of the referent.</summary>
    public string? Kind { get; set; }

    /// <summary>Name of the referent.</summary>
    public string? Name { get; set; }

    /// <summary>UID of the referent.</summary>
    public string? Uid { get; set; }

    /// <summary>If true, this reference points to the managing controller.</summary>
    public bool? Controller { get; set; }

    /// <summary>
    /// If true, and if the owner has the "foregroundDeletion" finalizer, then the owner cannot be deleted
    /// from the key-value store until this reference is removed.
    /// </summary>
    public bool? BlockOwnerDeletion { get; set; }
}
