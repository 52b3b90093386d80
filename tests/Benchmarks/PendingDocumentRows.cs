using System.Globalization;

namespace DocumentUploads.Benchmarks;

/// <summary>The column values of seeded document i, shared by both stores so they hold the same
/// data: an in-progress Lighthouse document in CLAIMS_EVIDENCE with two history entries
/// (registered, then progressed), at version 1 as the service itself would have left it.</summary>
public static class PendingDocumentRows
{
    public const string Provider = "lighthouse";
    public const string DocumentType = "L023";
    public const string Status = "in_progress";
    public const string Step = "CLAIMS_EVIDENCE";
    public const string TrackedItemIdsJson = "[]";
    public const long Version = 1;

    /// <summary>When the first poll saw it move to CLAIMS_EVIDENCE, after registration.</summary>
    public static readonly TimeSpan ProgressedAfter = TimeSpan.FromSeconds(30);

    public static string RequestId(long firstRequestId, int i) => (firstRequestId + i).ToString(CultureInfo.InvariantCulture);

    // A spread of claims and participants, so the claim index looks like a real one.
    public static string ClaimId(int i) => (600_000_000 + i % 50_000).ToString(CultureInfo.InvariantCulture);

    public static string ParticipantId(int i) => (796_000_000 + i % 100_000).ToString(CultureInfo.InvariantCulture);

    public static string FileName(int i) => string.Create(CultureInfo.InvariantCulture, $"evidence-{i}.pdf");

    /// <summary>(from status, from step, to status, step, provider status, kind) of the two history rows.</summary>
    public static readonly (string? FromStatus, string? FromStep, string ToStatus, string? Step, string? ProviderStatus, string Kind)[] History =
    [
        (null, null, "submitted", null, null, "registered"),
        ("submitted", null, Status, Step, "IN_PROGRESS", "progressed"),
    ];
}
