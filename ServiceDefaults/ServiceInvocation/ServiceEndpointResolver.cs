using Microsoft.Extensions.Configuration;

namespace DocumentUploads.ServiceDefaults.ServiceInvocation;

/// <summary>Turns an app-id URL (<c>http://provider-lighthouse/statuses?x=1</c>) into the real
/// address: the sidecar's service-invocation route when running with Dapr, otherwise the
/// address Aspire-style launchers inject as <c>services__{appId}__http__0</c>.</summary>
public sealed class ServiceEndpointResolver(IConfiguration configuration, DaprSidecar? sidecar)
{
    public DaprSidecar? Sidecar => sidecar;

    public Uri Resolve(Uri appIdUri)
    {
        var appId = appIdUri.Host;
        var pathAndQuery = appIdUri.PathAndQuery.TrimStart('/');

        if (sidecar is not null)
        {
            return new Uri(sidecar.HttpEndpoint, $"v1.0/invoke/{appId}/method/{pathAndQuery}");
        }

        var baseAddress = configuration[$"services:{appId}:http:0"] ?? configuration[$"services:{appId}:https:0"];
        if (string.IsNullOrWhiteSpace(baseAddress))
        {
            throw new ServiceNotFoundException(appId);
        }
        return new Uri(new Uri(baseAddress.TrimEnd('/') + "/"), pathAndQuery);
    }
}
