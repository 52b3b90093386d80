namespace DocumentUploads.ChampvaSim;

/// <summary>Configuration section <c>ChampvaSim</c>, read once at start-up.</summary>
public sealed class ChampvaSimOptions
{
    public const string SectionName = "ChampvaSim";

    /// <summary>The static key every <c>/api</c> call must present in <c>x-api-key</c>.</summary>
    public string ApiKey { get; set; } = "champva-dev-key";

    public long MaxFileBytes { get; set; } = 100L * 1024 * 1024;

    public int MaxIdsPerBatch { get; set; } = 500;

    /// <summary>How long a document spends in each stage (INTAKE, then PEGA).</summary>
    public TimeSpan StepDuration { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Where accepted uploads are journaled so a restarted simulator still knows them (relative to the
    /// content root); empty keeps them in memory only. The AppHost sets it; in-process tests leave it empty.</summary>
    public string? JournalPath { get; set; }

    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(ApiKey)) throw new InvalidOperationException($"{SectionName}:ApiKey must not be empty.");
        if (MaxFileBytes <= 0) throw new InvalidOperationException($"{SectionName}:MaxFileBytes must be positive.");
        if (MaxIdsPerBatch <= 0) throw new InvalidOperationException($"{SectionName}:MaxIdsPerBatch must be positive.");
        if (StepDuration <= TimeSpan.Zero) throw new InvalidOperationException($"{SectionName}:StepDuration must be positive.");
    }
}
