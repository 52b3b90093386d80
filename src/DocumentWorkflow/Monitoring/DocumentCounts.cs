namespace DocumentUploads.DocumentWorkflow.Monitoring;

/// <summary>How many documents are in each status, and how many have been pending (submitted or in
/// progress) since before each "stuck" threshold.</summary>
public sealed record DocumentCounts(
    IReadOnlyDictionary<string, long> ByStatus,
    long StuckPastWarning,
    long StuckPastCritical);
