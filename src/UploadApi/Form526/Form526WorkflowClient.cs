using System.Net.Http.Json;
using DocumentUploads.Contracts.Workflow;
using DocumentUploads.ServiceDefaults;

namespace DocumentUploads.UploadApi.Form526;

/// <summary>document-workflow's Form 526 routes, through its client.</summary>
public sealed class Form526WorkflowClient([FromKeyedServices(AppIds.DocumentWorkflow)] IDocumentWorkflowApi workflow)
{
    /// <summary>A declaration is a PUT that replaces, so it is retried.</summary>
    public async Task<Form526SubmissionView> DeclareAsync(string submissionId, Form526SubmissionDeclaration declaration,
        CancellationToken cancellationToken)
    {
        using var response = await workflow.DeclareForm526SubmissionAsync(submissionId, declaration, cancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync(WorkflowJson.Default.Form526SubmissionView, cancellationToken))!;
    }

    /// <summary>The declared submission, or null when it was never declared. A read, so it is retried.</summary>
    public async Task<Form526SubmissionView?> GetAsync(string submissionId, CancellationToken cancellationToken)
    {
        using var response = await workflow.GetForm526SubmissionAsync(submissionId, cancellationToken);
        if (response.StatusCode == System.Net.HttpStatusCode.NotFound) return null;
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync(WorkflowJson.Default.Form526SubmissionView, cancellationToken);
    }
}
