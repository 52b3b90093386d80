namespace DocumentUploads.DocumentWorkflow.Form526;

/// <summary>Form 526 submissions and what they are expected to file. The documents themselves stay in
/// <see cref="Storage.IDocumentStore"/> (tagged with their submission); this store only reads them.
/// The schema is migration 004, applied by the document store.</summary>
public interface IForm526Store
{
    /// <summary>Stores the submission and replaces its expected documents, atomically: declaring again
    /// is a replace, so the pipeline can retry or correct a declaration.</summary>
    Task SaveAsync(Form526Submission submission, CancellationToken cancellationToken);

    /// <summary>The submission with the documents registered for it; null when it was never declared.</summary>
    Task<Form526SubmissionRecord?> GetAsync(string submissionId, CancellationToken cancellationToken);

    /// <summary>The SLA query: submissions submitted before <paramref name="submittedBefore"/> with at least one
    /// expected document that has no <c>completed</c> tracked document (matched by kind, and by attachment id
    /// for veteran uploads), oldest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<Form526SubmissionRecord>> ListIncompleteSubmittedBeforeAsync(DateTimeOffset submittedBefore, int limit,
        CancellationToken cancellationToken);
}
