namespace DocumentUploads.LighthouseSim;

/// <summary>Configuration section <c>LighthouseSim</c>, read once at start-up.</summary>
public sealed class LighthouseSimOptions
{
    public const string SectionName = "LighthouseSim";

    /// <summary>The only client allowed to exchange an assertion for a token (iss and sub of the assertion).</summary>
    public string ClientId { get; set; } = "document-uploads-dev";

    /// <summary>PEM of the client's RSA public key. Empty: assertion signatures are not checked.</summary>
    public string? ClientPublicKey { get; set; }

    /// <summary>Largest accepted file; Lighthouse's own limit is 150 MB.</summary>
    public long MaxFileBytes { get; set; } = 150L * 1024 * 1024;

    public int MaxIdsPerStatusRequest { get; set; } = 1000;

    /// <summary>How long a document spends in each processing step.</summary>
    public TimeSpan StepDuration { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Where accepted uploads are journaled so a restarted simulator still knows them (relative to the
    /// content root); empty keeps them in memory only. The AppHost sets it; in-process tests leave it empty.</summary>
    public string? JournalPath { get; set; }

    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(ClientId)) throw new InvalidOperationException($"{SectionName}:ClientId must not be empty.");
        if (MaxFileBytes <= 0) throw new InvalidOperationException($"{SectionName}:MaxFileBytes must be positive.");
        if (MaxIdsPerStatusRequest <= 0) throw new InvalidOperationException($"{SectionName}:MaxIdsPerStatusRequest must be positive.");
        if (StepDuration <= TimeSpan.Zero) throw new InvalidOperationException($"{SectionName}:StepDuration must be positive.");
    }
}
