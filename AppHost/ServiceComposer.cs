using DocumentUploads.AppHost.Configuration;
using DocumentUploads.AppHost.Dapr;
using DocumentUploads.AppHost.Secrets;
using DocumentUploads.ServiceDefaults;

namespace DocumentUploads.AppHost;

/// <summary>What every service of the system gets, so the composition only says what differs: its
/// port on 127.0.0.1, a health check on /health, the token signing keys, the settings given to the
/// AppHost, and a Dapr sidecar when daprd is found.</summary>
internal sealed class ServiceComposer(IDistributedApplicationBuilder builder, ForwardedSettings settings, DaprSetup dapr, SecretParameters secrets)
{
    public bool IsRunMode => builder.ExecutionContext.IsRunMode;

    public IResourceBuilder<ProjectResource> Add<TProject>(string name, int defaultPort, bool external = false, bool withSidecar = true)
        where TProject : IProjectMetadata, new()
    {
        var service = builder.AddProject<TProject>(name, launchProfileName: null)
            .WithHttpEndpoint(port: IsRunMode ? ServicePorts.Resolve(builder.Configuration, name, defaultPort) : null, isProxied: false)
            .WithEndpoint("http", endpoint => endpoint.TargetHost = ServicePorts.LoopbackAddress)
            .WithHttpHealthCheck(HealthPaths.Ready)
            .WithEnvironment("Auth__SigningKey", secrets.AuthSigningKey)
            .WithEnvironment("ServiceAuth__SigningKey", secrets.ServiceAuthSigningKey);
        if (IsRunMode)
        {
            // Each service's appsettings.json names its stand-alone URL, and appsettings outranks
            // ASPNETCORE_URLS; the plain Urls variable outranks appsettings.
            var endpoint = service.GetEndpoint("http");
            service.WithEnvironment("Urls", ReferenceExpression.Create(
                $"http://{ServicePorts.LoopbackAddress}:{endpoint.Property(EndpointProperty.Port)}"));
            // Services run in the AppHost's environment (Development under dotnet run: dev tokens, sign-in).
            service.WithEnvironment("ASPNETCORE_ENVIRONMENT", builder.Environment.EnvironmentName)
                .WithEnvironment("DOTNET_ENVIRONMENT", builder.Environment.EnvironmentName);
            settings.ApplyTo(service);
        }
        if (external) service.WithExternalHttpEndpoints();
        if (withSidecar) service.WithDaprSidecar(dapr);
        return service;
    }
}
