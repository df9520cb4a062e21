namespace EnvoyGateway.Dsl.Emitter;

/// <summary>A file the emitter means to write: <c>&lt;set&gt;/&lt;file&gt;</c> below the output root.</summary>
internal sealed record PlannedFile(string Set, string FileName, byte[] Content)
{
    public string RelativePath => Set + "/" + FileName;

    /// <summary>A resource file (counted in the summary), not the set's kustomization.yaml.</summary>
    public bool IsResource => FileName != ManifestFileNames.Kustomization;
}

/// <summary>What a write did, counting resource files.</summary>
internal readonly record struct WriteResult(int Written, int Unchanged, int Removed);
