namespace DocumentUploads.ServiceDefaults.ServiceInvocation;

/// <summary>Puts the configured DAPR_API_TOKEN on a call to the sidecar. The SDK's InvocationHandler reads the
/// token from the process environment only; this one comes from the service's configuration (appsettings,
/// command line, environment), the way every other setting here does.</summary>
internal sealed class DaprApiTokenHandler(string token) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Remove(DaprSidecar.ApiTokenHeader);
        request.Headers.TryAddWithoutValidation(DaprSidecar.ApiTokenHeader, token);
        return base.SendAsync(request, cancellationToken);
    }
}
