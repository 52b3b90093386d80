using System.Net.Http.Json;
using DocumentUploads.Contracts.Workflow;
using DocumentUploads.ServiceDefaults;
using DocumentUploads.ServiceDefaults.Resilience;

namespace DocumentUploads.UploadApi.Form526;

/// <summary>document-workflow's Form 526 routes, by service invocation.</summary>
public sealed class Form526WorkflowClient(IHttpClientFactory httpClientFactory)
{
    /// <summary>A declaration is a PUT that replaces, so it is retried.</summary>
    public async Task<Form526SubmissionView> DeclareAsync(string submissionId, Form526SubmissionDeclaration declaration,
        CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, Form526Routes.SubmissionPath(submissionId))
        {
            Content = JsonContent.Create(declaration),
        }.MarkSafeToRetry();
        using var response = await httpClientFactory.CreateClient(AppIds.DocumentWorkflow).SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<Form526SubmissionView>(cancellationToken))!;
    }

    /// <summary>The declared submission, or null when it was never declared. A read, so it is retried.</summary>
    public async Task<Form526SubmissionView?> GetAsync(string submissionId, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Form526Routes.SubmissionPath(submissionId)).MarkSafeToRetry();
        using var response = await httpClientFactory.CreateClient(AppIds.DocumentWorkflow).SendAsync(request, cancellationToken);
        if (response.StatusCode == System.Net.HttpStatusCode.NotFound) return null;
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<Form526SubmissionView>(cancellationToken);
    }
}
