using DocumentUploads.AppHost.Dapr;
using DocumentUploads.AppHost.Hosting;

namespace DocumentUploads.AppHost.Orchestration;

/// <summary>Everything needed to start one project (and its sidecar) and to know it is up.</summary>
/// <param name="HealthToken">Sent as <c>dapr-api-token</c> on health probes when the app only
/// accepts calls carrying its sidecar's APP_API_TOKEN.</param>
internal sealed record ResourceLaunch(
    ProjectResource Resource,
    Uri Url,
    string AssemblyPath,
    ProcessLaunch Process,
    DaprSidecarLaunch? Sidecar,
    string? HealthToken);
