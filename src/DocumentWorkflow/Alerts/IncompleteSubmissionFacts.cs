using DocumentUploads.Contracts.Workflow;

namespace DocumentUploads.DocumentWorkflow.Alerts;

/// <summary>Form 526 submissions past their SLA with an expected document not completed, oldest first: at
/// most the evaluator's limit of them, and whether there were more.</summary>
public sealed record IncompleteSubmissionFacts(IReadOnlyList<Form526SubmissionView> Submissions, bool MoreThanListed)
{
    public static readonly IncompleteSubmissionFacts None = new([], false);
}
