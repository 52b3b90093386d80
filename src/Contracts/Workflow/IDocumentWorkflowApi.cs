using DocumentUploads.Contracts.Features;
using Refit;

namespace DocumentUploads.Contracts.Workflow;

/// <summary>The routes of document-workflow that upload-api calls, as a source-generated Refit client. Every one
/// is safe to send again (each names its own effect: a registration's fixed id, an attempt's document id, a
/// declaration that replaces), so all are retried on transient failures. Answers come back whole (status code
/// and body): the callers decide what a 404 or a 409 means to them.</summary>
public interface IDocumentWorkflowApi
{
    [Post(WorkflowRoutes.Documents)]
    Task<HttpResponseMessage> RegisterDocumentAsync([Body] RegisterDocumentRequest registration, CancellationToken cancellationToken = default);

    [Get(WorkflowRoutes.Document)]
    Task<HttpResponseMessage> GetDocumentAsync(Guid id, bool? refresh = null, CancellationToken cancellationToken = default);

    /// <param name="limit">Documents per page (1..<see cref="DocumentPaging.MaxLimit"/>).</param>
    /// <param name="before">The previous page's <see cref="TrackedDocumentPage.NextBefore"/>; null for the newest page.</param>
    /// <param name="refresh">True when a veteran is reading: stale pending statuses are refreshed from the providers first.</param>
    [Get(WorkflowRoutes.Documents)]
    Task<HttpResponseMessage> ListDocumentsAsync(string participantId, string claimId, int limit, long? before,
        bool? refresh = null, CancellationToken cancellationToken = default);

    [Put(Form526Routes.Submission)]
    Task<HttpResponseMessage> DeclareForm526SubmissionAsync(string submissionId, [Body] Form526SubmissionDeclaration declaration,
        CancellationToken cancellationToken = default);

    [Get(Form526Routes.Submission)]
    Task<HttpResponseMessage> GetForm526SubmissionAsync(string submissionId, CancellationToken cancellationToken = default);

    [Post(IdempotencyRoutes.Reservations)]
    Task<HttpResponseMessage> ReserveIdempotencyKeyAsync([Body] IdempotencyKeyReservationRequest reservation,
        CancellationToken cancellationToken = default);

    [Post(IdempotencyRoutes.Completion)]
    Task<HttpResponseMessage> CompleteIdempotencyKeyAsync([Body] IdempotencyKeyAttempt attempt, CancellationToken cancellationToken = default);

    [Post(IdempotencyRoutes.Release)]
    Task<HttpResponseMessage> ReleaseIdempotencyKeyAsync([Body] IdempotencyKeyAttempt attempt, CancellationToken cancellationToken = default);

    /// <summary>The operators' runtime feature flag settings.</summary>
    [Get(FeatureRoutes.Features)]
    Task<HttpResponseMessage> GetFeatureFlagOverridesAsync(CancellationToken cancellationToken = default);
}
