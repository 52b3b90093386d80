using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentUploads.Contracts.Workflow;
using DocumentUploads.ServiceDefaults;
using DocumentUploads.ServiceDefaults.Resilience;

namespace DocumentUploads.UploadApi.Idempotency;

/// <summary>document-workflow's idempotency-key routes, through its client. The keys live there, not in this
/// process, so every upload-api replica sees the same ones. Registering the document settles its key (see
/// <see cref="RegisterDocumentRequest.IdempotencyKey"/>); only an attempt that ends before any registration
/// releases it here. Both calls are safe to retry: each names its attempt by the document id it will register,
/// so a repeated call finds its own earlier effect.</summary>
public sealed partial class IdempotencyClient([FromKeyedServices(AppIds.DocumentWorkflow)] IDocumentWorkflowApi workflow,
    ILogger<IdempotencyClient> logger)
{
    /// <summary>Reserves <paramref name="key"/> for the attempt that will register <paramref name="documentId"/>.
    /// Never throws for a failed call: it comes back as <see cref="IdempotencyVerdict.Unavailable"/>.</summary>
    public async Task<IdempotencyCheck> BeginAsync(string participantId, string key, string fingerprint, Guid documentId,
        CancellationToken cancellationToken)
    {
        try
        {
            using var response = await workflow.ReserveIdempotencyKeyAsync(
                new IdempotencyKeyReservationRequest(participantId, key, fingerprint, documentId), cancellationToken);
            response.EnsureSuccessStatusCode();
            return IdempotencyCheck.From(await response.Content.ReadFromJsonAsync(WorkflowJson.Default.IdempotencyKeyReservation, cancellationToken));
        }
        catch (Exception ex) when (IsUnavailable(ex, cancellationToken))
        {
            LogReserveFailed(documentId, ex.GetType().Name);
            return IdempotencyCheck.Unavailable;
        }
    }

    /// <summary>Frees the key for the same request when the attempt ended before anything reached a provider (routing
    /// refused, or the claim is not the participant's), so a retry really retries. Not cancellable by the veteran's
    /// request on purpose; false (logged) when it could not be recorded, which the handler ignores: the key then
    /// frees itself after Idempotency:AbandonAfter.</summary>
    public async Task<bool> ReleaseAsync(string participantId, string key, Guid documentId)
    {
        const string route = IdempotencyRoutes.Release;
        var attempt = new IdempotencyKeyAttempt(participantId, key, documentId);
        try
        {
            using var response = await workflow.ReleaseIdempotencyKeyAsync(attempt, CancellationToken.None);
            if (response.StatusCode == HttpStatusCode.Conflict)
            {
                // Only after the attempt outlived Idempotency:AbandonAfter and a retry took the key over.
                LogNotHeld(route, attempt.DocumentId);
                return false;
            }
            response.EnsureSuccessStatusCode();
            return true;
        }
        catch (Exception ex) when (IsUnavailable(ex, CancellationToken.None))
        {
            LogRecordFailed(route, attempt.DocumentId, ex.GetType().Name);
            return false;
        }
    }

    private static bool IsUnavailable(Exception ex, CancellationToken cancellationToken) =>
        ServiceCallFailures.IsUnreachable(ex) || ex is JsonException
        || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested);

    [LoggerMessage(Level = LogLevel.Error,
        Message = "Could not reserve the idempotency key for document {DocumentId} with document-workflow ({Reason}); the upload is refused")]
    private partial void LogReserveFailed(Guid documentId, string reason);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Could not record {Route} of the idempotency key of document {DocumentId} ({Reason}); the key frees itself after Idempotency:AbandonAfter")]
    private partial void LogRecordFailed(string route, Guid documentId, string reason);

    [LoggerMessage(Level = LogLevel.Error,
        Message = "{Route} refused: the attempt for document {DocumentId} no longer holds its idempotency key (it outlived Idempotency:AbandonAfter)")]
    private partial void LogNotHeld(string route, Guid documentId);
}
