namespace EnvoyGateway.Dsl;

/// <summary>
/// Marks a generated type, property or allowed value that not every supported Envoy Gateway release
/// has, or that a release deprecates: it exists from <see cref="Introduced"/> until before
/// <see cref="Removed"/> (null: still there in the newest). A member that came, went and came back
/// carries one attribute per range. Generated from the CRDs (docs/releases.md); the analyzers read it
/// from symbols, the validator reads the same facts from the generated release table.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = true, Inherited = false)]
public sealed class EnvoyGatewayReleaseAttribute : Attribute
{
    /// <summary>Marks a member that exists from <paramref name="introduced"/> on.</summary>
    /// <param name="introduced">The first release that has it, as <see cref="EnvoyGatewayVersion.Parse"/> reads it ("1.1").</param>
    public EnvoyGatewayReleaseAttribute(string introduced)
    {
        Introduced = introduced;
    }

    /// <summary>The first release that has the member ("1.1").</summary>
    public string Introduced { get; }

    /// <summary>The first release that no longer has it, or null when the newest release still does.</summary>
    public string? Removed { get; set; }

    /// <summary>The first release whose CRD documents the member as deprecated, or null.</summary>
    public string? Deprecated { get; set; }
}
