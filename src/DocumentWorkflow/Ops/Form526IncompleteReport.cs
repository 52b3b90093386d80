using DocumentUploads.Contracts.Workflow;

namespace DocumentUploads.DocumentWorkflow.Ops;

/// <summary>GET /ops/api/form526/incomplete: submissions submitted before <see cref="SubmittedBefore"/>
/// (now minus <c>Form526:CompletionSla</c>) whose expected documents are not all completed, oldest first.</summary>
public sealed record Form526IncompleteReport(
    DateTimeOffset GeneratedAt,
    double SlaHours,
    DateTimeOffset SubmittedBefore,
    int Limit,
    IReadOnlyList<Form526SubmissionView> Submissions);
