using System.Net;
using System.Net.Http.Json;
using DocumentUploads.Contracts.Workflow;
using DocumentUploads.ServiceDefaults;
using DocumentUploads.ServiceDefaults.Resilience;

namespace DocumentUploads.UploadApi.Uploads;

/// <summary>document-workflow's document routes, by service invocation.</summary>
public sealed class WorkflowClient(IHttpClientFactory httpClientFactory)
{
    private HttpClient Client => httpClientFactory.CreateClient(AppIds.DocumentWorkflow);

    /// <summary>Registration is idempotent (the tracking id is fixed by the caller), so it is retried.</summary>
    public async Task<TrackedDocumentView> RegisterAsync(RegisterDocumentRequest registration, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, WorkflowRoutes.Documents.TrimStart('/'))
        {
            Content = JsonContent.Create(registration),
        }.MarkSafeToRetry();
        using var response = await Client.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<TrackedDocumentView>(cancellationToken))!;
    }

    public async Task<TrackedDocumentView?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        using var response = await Client.GetAsync($"documents/{id}", cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound) return null;
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<TrackedDocumentView>(cancellationToken);
    }

    public async Task<IReadOnlyList<TrackedDocumentView>> ListForClaimAsync(string participantId, string claimId,
        CancellationToken cancellationToken)
    {
        var url = $"documents?participantId={Uri.EscapeDataString(participantId)}&claimId={Uri.EscapeDataString(claimId)}";
        return await Client.GetFromJsonAsync<List<TrackedDocumentView>>(url, cancellationToken) ?? [];
    }
}
