using DocumentUploads.ServiceDefaults.Resilience;

namespace DocumentUploads.UploadApi.Api;

/// <summary>A read that needs document-workflow while it cannot be reached answers a clear 503, not a 500:
/// the veteran's documents are safe, only the view of them is not available right now.</summary>
public sealed class WorkflowUnavailableFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (Exception ex) when (ServiceCallFailures.IsUnreachable(ex) && !context.HttpContext.RequestAborted.IsCancellationRequested)
        {
            return ApiErrors.Create(503, ApiErrors.UpstreamUnavailable, "Service unavailable",
                "We can't show your documents right now. Anything you uploaded is safe. Please try again in a few minutes.");
        }
    }
}
