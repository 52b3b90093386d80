namespace DocumentUploads.DocumentWorkflow.Alerts;

/// <summary>Form 526 submissions past their SLA with an expected document not completed: how many were
/// found (at most the query's limit) and the oldest.</summary>
public sealed record IncompleteSubmissionFacts(int Count, bool MoreThanCounted, string? OldestSubmissionId,
    DateTimeOffset? OldestSubmittedAt)
{
    public static readonly IncompleteSubmissionFacts None = new(0, false, null, null);
}
