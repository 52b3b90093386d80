using DocumentUploads.AppHost.Hosting;
using DocumentUploads.AppHost.Secrets;
using DocumentUploads.ServiceDefaults;

namespace DocumentUploads.AppHost;

/// <summary>The whole system, read top to bottom: each service, what it calls, what it is given.
/// Program.cs runs it; tests compose exactly the same application from here.</summary>
public static class DocumentUploadsComposition
{
    public static void Compose(DistributedApplicationBuilder builder)
    {
        // Dapr resource files each sidecar loads (by their scopes): state store, cron binding,
        // secret store, resiliency policies and the tracing configuration.
        builder.AddDaprComponents("../components");

        // Stand-ins for the external provider APIs.
        var lighthouseSim = AddService(builder, AppIds.LighthouseSim, "../src/LighthouseSim/LighthouseSim.csproj", port: 5201)
            .WithEnvironment("LighthouseSim__ClientPublicKey", GeneratedSecret.LighthouseClientPublicKey);
        var champvaSim = AddService(builder, AppIds.ChampvaSim, "../src/ChampvaSim/ChampvaSim.csproj", port: 5202);

        // One adapter per document provider, each talking to its provider's API.
        var providerLighthouse = AddService(builder, AppIds.ProviderLighthouse, "../src/ProviderLighthouse/ProviderLighthouse.csproj", port: 5101)
            .WithReference(lighthouseSim)
            .WithEnvironment("Lighthouse__ClientAssertionKey", GeneratedSecret.LighthouseClientPrivateKey);
        var providerChampva = AddService(builder, AppIds.ProviderChampva, "../src/ProviderChampva/ProviderChampva.csproj", port: 5102)
            .WithReference(champvaSim);

        // The per-document state machine, polling the providers for status.
        var workflow = AddService(builder, AppIds.DocumentWorkflow, "../src/DocumentWorkflow/DocumentWorkflow.csproj", port: 5090)
            .WithReference(providerLighthouse)
            .WithReference(providerChampva);

        // The public entry point the frontend uploads through.
        AddService(builder, AppIds.UploadApi, "../src/UploadApi/UploadApi.csproj", port: 5080)
            .WithReference(workflow)
            .WithReference(providerLighthouse)
            .WithReference(providerChampva)
            .WithExternalHttpEndpoints();
    }

    /// <summary>What every service gets: a Dapr sidecar (in Dapr mode) and this run's token signing keys.</summary>
    private static IResourceBuilder<ProjectResource> AddService(DistributedApplicationBuilder builder, string name, string projectPath, int port) =>
        builder.AddProject(name, projectPath, port)
            .WithDaprSidecar()
            .WithEnvironment("Auth__SigningKey", GeneratedSecret.AuthSigningKey)
            .WithEnvironment("ServiceAuth__SigningKey", GeneratedSecret.ServiceAuthSigningKey);
}
