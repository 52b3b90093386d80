namespace DocumentUploads.ServiceDefaults.ServiceInvocation;

/// <summary>Last handler before the wire: resolves the app-id URL for each attempt and adds
/// the sidecar's API token when one is configured.</summary>
internal sealed class ServiceInvocationHandler(ServiceEndpointResolver resolver) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var original = request.RequestUri ?? throw new InvalidOperationException("Request has no URI.");
        request.RequestUri = resolver.Resolve(original);
        if (resolver.Sidecar?.ApiToken is { } token)
        {
            request.Headers.Remove(DaprSidecar.ApiTokenHeader);
            request.Headers.TryAddWithoutValidation(DaprSidecar.ApiTokenHeader, token);
        }
        return SendAndRestoreAsync(request, original, cancellationToken);
    }

    // Restore the app-id URL so a retry by an outer handler resolves again instead of
    // nesting a resolved URL inside another.
    private async Task<HttpResponseMessage> SendAndRestoreAsync(HttpRequestMessage request, Uri original,
        CancellationToken cancellationToken)
    {
        try
        {
            return await base.SendAsync(request, cancellationToken);
        }
        finally
        {
            request.RequestUri = original;
        }
    }
}
