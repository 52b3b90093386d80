using DocumentUploads.ServiceDefaults.Resilience;
using DocumentUploads.Contracts.Workflow;
using DocumentUploads.UploadApi.Monitoring;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace DocumentUploads.UploadApi.Uploads;

/// <summary>Registers what a provider said about a document with document-workflow. When workflow
/// cannot be reached the registration is kept in the outbox and replayed, so a document the
/// provider accepted is never lost; the caller then answers from what it already knows.</summary>
public sealed partial class DocumentRegistrar(WorkflowClient workflow, RegistrationOutbox outbox, WorkflowUnreachableMonitor monitor,
    ILogger<DocumentRegistrar> logger)
{
    /// <returns>The tracked document, or null when the registration was deferred to the outbox.</returns>
    public async Task<TrackedDocumentView?> RegisterOrDeferAsync(RegisterDocumentRequest registration,
        CancellationToken cancellationToken)
    {
        try
        {
            var tracked = await workflow.RegisterAsync(registration, cancellationToken);
            monitor.RegistrationSucceeded();
            return tracked;
        }
        catch (Exception ex) when (ServiceCallFailures.IsUnreachable(ex))
        {
            await outbox.SaveAsync(registration, CancellationToken.None);
            LogDeferred(registration.Id, registration.Provider, registration.ProviderRequestId, ex.GetType().Name);
            monitor.RegistrationFailed(ex.GetType().Name);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Error,
        Message = "Could not register document {DocumentId} ({Provider} request {ProviderRequestId}) with document-workflow ({Reason}); kept in the outbox for retry")]
    private partial void LogDeferred(Guid? documentId, string provider, string? providerRequestId, string reason);
}
