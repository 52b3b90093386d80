using DocumentUploads.Contracts.Workflow;
using DocumentUploads.DocumentWorkflow.Alerts;
using DocumentUploads.DocumentWorkflow.Storage;

namespace DocumentUploads.DocumentWorkflow.Tests.Alerts;

/// <summary>Facts and thresholds for the monitor tests: a healthy system by default, changed one fact at a time.</summary>
internal static class MonitorFactsBuilder
{
    public static readonly DateTimeOffset Now = new(2026, 11, 10, 12, 0, 0, TimeSpan.Zero);

    public static readonly MonitorThresholds Thresholds = new(
        PollingInterval: TimeSpan.FromMinutes(10),
        ProviderErrorCycles: 3,
        UploadFailureRatio: 0.10,
        UploadFailureWindow: TimeSpan.FromHours(1),
        UploadFailureMinimum: 10,
        FailureSpikeThreshold: 5,
        FailureSpikeWindow: TimeSpan.FromHours(1),
        StuckWarningAfter: TimeSpan.FromHours(24),
        StuckCriticalAfter: TimeSpan.FromHours(96),
        CompletionSla: TimeSpan.FromHours(72),
        NoticeFailureThreshold: 1,
        NoticeFailureWindow: TimeSpan.FromHours(24),
        NoticeOverdueAfter: TimeSpan.FromHours(1));

    public static MonitorFacts Healthy => new(Now.AddDays(-1), [Cycle(Now.AddMinutes(-5))], [], 0, 0, 0, 0,
        IncompleteSubmissionFacts.None);

    /// <summary>A late Form 526 submission as the evaluator hands it over: its expected documents and their status
    /// (null while none was uploaded); complete only when all are completed.</summary>
    public static Form526SubmissionView Submission(string id, DateTimeOffset submittedAt, params Form526ExpectedDocumentView[] expected) =>
        new(id, "600000526", "p-526", submittedAt, expected.All(e => e.Status == DocumentStatuses.Completed), expected);

    public static Form526ExpectedDocumentView Expected(string kind, string? attachmentId, string? status) =>
        new(kind, attachmentId, status is null ? null : Guid.NewGuid(), status);

    /// <summary>A cycle that started a second before <paramref name="finishedAt"/>.</summary>
    public static PollCycleRecord Cycle(DateTimeOffset finishedAt, string outcome = PollCycleRecord.Succeeded,
        IReadOnlyDictionary<string, int>? errors = null) =>
        new(Guid.CreateVersion7(), "schedule", finishedAt.AddSeconds(-1), outcome == PollCycleRecord.Running ? null : finishedAt,
            outcome, 10, 0, new Dictionary<string, int>(), errors?.Values.Sum() ?? 0, 0, 0, null)
        {
            ProviderErrorsByProvider = errors ?? new Dictionary<string, int>(),
        };

    /// <summary>Cycles every minute back from now, newest first, each with the given errors per provider.</summary>
    public static IReadOnlyList<PollCycleRecord> Cycles(params IReadOnlyDictionary<string, int>[] newestFirst) =>
        newestFirst.Select((errors, i) => Cycle(Now.AddMinutes(-i - 1),
            errors.Values.Sum() > 0 ? PollCycleRecord.CompletedWithErrors : PollCycleRecord.Succeeded, errors)).ToList();

    public static IReadOnlyDictionary<string, int> Errors(params (string Provider, int Count)[] errors) =>
        errors.ToDictionary(e => e.Provider, e => e.Count);
}
