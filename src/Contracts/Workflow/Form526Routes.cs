namespace DocumentUploads.Contracts.Workflow;

/// <summary>document-workflow's Form 526 routes (internal service token only).</summary>
public static class Form526Routes
{
    /// <summary>GET <c>?incomplete=true&amp;olderThan=PT72H&amp;limit=100</c>: submissions whose expected
    /// documents are not all completed that long after they were submitted, as
    /// <see cref="Form526SubmissionView"/>s, oldest first. olderThan defaults to <c>Form526:CompletionSla</c>.</summary>
    public const string Submissions = "/form526/submissions";

    /// <summary>PUT <see cref="Form526SubmissionDeclaration"/>: declare (or re-declare) the expected
    /// documents; GET: the <see cref="Form526SubmissionView"/>.</summary>
    public const string Submission = "/form526/submissions/{submissionId}";

    public static string SubmissionPath(string submissionId) => $"form526/submissions/{Uri.EscapeDataString(submissionId)}";
}
