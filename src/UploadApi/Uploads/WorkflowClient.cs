using System.Net;
using System.Net.Http.Json;
using DocumentUploads.Contracts.Workflow;
using DocumentUploads.ServiceDefaults;

namespace DocumentUploads.UploadApi.Uploads;

/// <summary>document-workflow's document routes, through its client.</summary>
public sealed class WorkflowClient([FromKeyedServices(AppIds.DocumentWorkflow)] IDocumentWorkflowApi workflow)
{

    /// <summary>Registration is idempotent (the tracking id is fixed by the caller), so it is retried.</summary>
    public async Task<TrackedDocumentView> RegisterAsync(RegisterDocumentRequest registration, CancellationToken cancellationToken)
    {
        using var response = await workflow.RegisterDocumentAsync(registration, cancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync(WorkflowJson.Default.TrackedDocumentView, cancellationToken))!;
    }

    public async Task<TrackedDocumentView?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        // The veteran is looking: a stale pending status is refreshed from the provider first.
        using var response = await workflow.GetDocumentAsync(id, refresh: true, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound) return null;
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync(WorkflowJson.Default.TrackedDocumentView, cancellationToken);
    }

    public async Task<TrackedDocumentPage> ListForClaimAsync(string participantId, string claimId, int limit, long? before,
        CancellationToken cancellationToken)
    {
        using var response = await workflow.ListDocumentsAsync(participantId, claimId, limit, before, refresh: true, cancellationToken);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync(WorkflowJson.Default.TrackedDocumentPage, cancellationToken)
            ?? new TrackedDocumentPage([], null);
    }
}
