using DocumentUploads.AppHost.Dapr;
using DocumentUploads.AppHost.Hosting;
using DocumentUploads.AppHost.Secrets;

namespace DocumentUploads.AppHost.Orchestration;

/// <summary>The run-wide facts <see cref="LaunchPlanner"/> turns into per-process launches.</summary>
/// <param name="DaprdPath">Null: embedded mode, no sidecars.</param>
/// <param name="AllocatePort">A free loopback port (sidecar ports are always allocated).</param>
/// <param name="NewInstanceId">A fresh <c>service.instance.id</c> per process.</param>
internal sealed record LaunchContext(
    AppHostLayout Layout,
    IReadOnlyDictionary<string, int> Ports,
    IReadOnlyDictionary<string, string> HostEnvironment,
    IReadOnlyDictionary<string, string> ExtraEnvironment,
    string EnvironmentName,
    GeneratedSecrets Secrets,
    int AppHostProcessId,
    string DotnetExecutable,
    string? DaprdPath,
    DaprResources? DaprResources,
    Func<int> AllocatePort,
    Func<string> NewInstanceId);
