namespace DocumentUploads.ServiceDefaults.ServiceInvocation;

/// <summary>No address is configured for an app id and no sidecar is present.</summary>
public sealed class ServiceNotFoundException(string appId)
    : InvalidOperationException(
        $"No address for service '{appId}': run with a Dapr sidecar or set services__{appId}__http__0.")
{
    public string AppId { get; } = appId;
}
