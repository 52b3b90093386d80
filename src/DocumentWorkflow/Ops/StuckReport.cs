using DocumentUploads.DocumentWorkflow.Ops.Queries;

namespace DocumentUploads.DocumentWorkflow.Ops;

/// <summary>GET /ops/api/stuck: pending documents past the stuck thresholds (the ones DocumentGauges uses:
/// <c>Polling:StuckAfter</c>, 24 h, warning; <c>Polling:TimeoutAfter</c>, 96 h, critical), and the
/// <c>not_found</c> and <c>timed_out</c> documents. Counts are exact; lists are the first <see cref="Limit"/>.</summary>
public sealed record StuckReport(
    DateTimeOffset GeneratedAt,
    double WarningAfterHours,
    double CriticalAfterHours,
    long PastWarning,
    long PastCritical,
    long NotFound,
    long TimedOut,
    int Limit,
    IReadOnlyList<StuckDocument> Stuck,
    IReadOnlyList<OpsDocumentRow> NotFoundDocuments,
    IReadOnlyList<OpsDocumentRow> TimedOutDocuments);
