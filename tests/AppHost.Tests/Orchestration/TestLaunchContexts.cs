using DocumentUploads.AppHost.Hosting;
using DocumentUploads.AppHost.Orchestration;
using DocumentUploads.AppHost.Secrets;

namespace DocumentUploads.AppHost.Tests.Orchestration;

/// <summary>Launch contexts with fixed, recognisable values, so tests can say exactly what each child gets.</summary>
internal static class TestLaunchContexts
{
    public const int AppHostPid = 4242;

    public static GeneratedSecrets Secrets { get; } = new(new Dictionary<GeneratedSecret, string>
    {
        [GeneratedSecret.AuthSigningKey] = "generated-auth-key",
        [GeneratedSecret.ServiceAuthSigningKey] = "generated-service-key",
        [GeneratedSecret.LighthouseClientPrivateKey] = "generated-private-pem",
        [GeneratedSecret.LighthouseClientPublicKey] = "generated-public-pem",
    });

    public static LaunchContext For(DistributedApplicationBuilder builder, string? daprdPath = null,
        IReadOnlyDictionary<string, string>? hostEnvironment = null, IReadOnlyDictionary<string, string>? extra = null,
        string environmentName = "Development")
    {
        var ports = builder.Projects.ToDictionary(p => p.Name, p => p.DefaultPort);
        var nextPort = 40000;
        var nextInstance = 0;
        return new LaunchContext(
            builder.Layout, ports, hostEnvironment ?? new Dictionary<string, string>(), extra ?? new Dictionary<string, string>(),
            environmentName, Secrets, AppHostPid, "/usr/bin/dotnet", daprdPath, builder.DaprComponentsPath is { } components ? DocumentUploads.AppHost.Dapr.DaprResources.Load(components) : null,
            () => nextPort++, () => $"instance-{nextInstance++}");
    }
}
