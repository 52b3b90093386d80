using DocumentUploads.AppHost.Dapr;
using DocumentUploads.AppHost.Hosting;
using DocumentUploads.AppHost.Secrets;

namespace DocumentUploads.AppHost.Orchestration;

/// <summary>Everything that decides one child's environment variables.</summary>
/// <param name="Endpoints">Every resource's base URL, by name (for <c>services__*</c>).</param>
/// <param name="HostEnvironment">The AppHost's environment, including <paramref name="ExtraEnvironment"/>.</param>
/// <param name="ExtraEnvironment">Variables the caller asked to give every child.</param>
/// <param name="ServiceInstanceId">Distinguishes this run's process in telemetry (<c>service.instance.id</c>).</param>
internal sealed record ChildEnvironmentRequest(
    ProjectResource Resource,
    int Port,
    IReadOnlyDictionary<string, Uri> Endpoints,
    IReadOnlyDictionary<string, string> HostEnvironment,
    IReadOnlyDictionary<string, string> ExtraEnvironment,
    string EnvironmentName,
    GeneratedSecrets Secrets,
    int AppHostProcessId,
    string ServiceInstanceId,
    DaprSidecarLaunch? Sidecar);
