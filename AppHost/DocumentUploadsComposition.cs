using DocumentUploads.AppHost.ClamAV;
using DocumentUploads.AppHost.Configuration;
using DocumentUploads.AppHost.Dapr;
using DocumentUploads.AppHost.Postgres;
using DocumentUploads.AppHost.Secrets;
using DocumentUploads.ServiceDefaults;

namespace DocumentUploads.AppHost;

/// <summary>The whole system, read top to bottom: each service, what it calls, what it is given.
/// Program.cs runs it; the stack tests start exactly this through Aspire.Hosting.Testing.</summary>
public static class DocumentUploadsComposition
{
    public static IDistributedApplicationBuilder AddDocumentUploads(this IDistributedApplicationBuilder builder, string[] args)
    {
        var secrets = SecretParameters.Add(builder);
        var dapr = DaprSetup.For(builder);
        var services = new ServiceComposer(builder, ForwardedSettings.From(args, EnvironmentVariables.OfThisProcess()), dapr, secrets);

        // Stand-ins for the external provider APIs, while developing only.
        var lighthouseSim = services.IsRunMode
            ? services.Add<Projects.LighthouseSim>(AppIds.LighthouseSim, 5201, withSidecar: false)
                .WithEnvironment("LighthouseSim__ClientPublicKey", secrets.LighthouseClientPublicKey)
                .WithEnvironment("LighthouseSim__JournalPath", SimulatorJournals.PathFor(builder, "LighthouseSim", AppIds.LighthouseSim))
            : null;
        var champvaSim = services.IsRunMode
            ? services.Add<Projects.ChampvaSim>(AppIds.ChampvaSim, 5202, withSidecar: false)
                .WithEnvironment("ChampvaSim__JournalPath", SimulatorJournals.PathFor(builder, "ChampvaSim", AppIds.ChampvaSim))
            : null;
        // VA Notify, for the veteran's failure emails; in memory only (a test reads what it received).
        var notifySim = services.IsRunMode
            ? services.Add<Projects.NotifySim>(AppIds.NotifySim, 5203, withSidecar: false)
            : null;

        // One adapter per document provider, each talking to its provider's API.
        var providerLighthouse = services.Add<Projects.ProviderLighthouse>(AppIds.ProviderLighthouse, 5101)
            .WithEnvironment("Lighthouse__ClientAssertionKey", secrets.LighthouseClientPrivateKey)
            .WithExternalApi(lighthouseSim, "Lighthouse", ("ClientId", false));
        var providerChampva = services.Add<Projects.ProviderChampva>(AppIds.ProviderChampva, 5102)
            .WithExternalApi(champvaSim, "Champva", ("ApiKey", true));

        // The per-document state machine, polling the providers for status and emailing the veteran
        // about failures through VA Notify, on SQLite or PostgreSQL.
        var workflow = services.Add<Projects.DocumentWorkflow>(AppIds.DocumentWorkflow, 5090)
            .WithReference(providerLighthouse).WaitFor(providerLighthouse)
            .WithReference(providerChampva).WaitFor(providerChampva)
            .WithExternalApi(notifySim, "VaNotify", ("ApiKey", true))
            .WithDocumentsDatabase();

        // The malware scanner every upload passes before it leaves upload-api (the machine's clamd, when installed).
        var clamav = services.IsRunMode ? builder.AddClamd() : null;

        // The public entry point the frontend uploads through.
        services.Add<Projects.UploadApi>(AppIds.UploadApi, 5080, external: true)
            .WithMalwareScanner(clamav)
            .WithReference(workflow).WaitFor(workflow)
            .WithReference(providerLighthouse).WaitFor(providerLighthouse)
            .WithReference(providerChampva).WaitFor(providerChampva);

        // The Dapr components each sidecar loads (state store, cron binding, secret store), for the manifest.
        dapr.AddComponentsToManifest(builder);
        return builder;
    }
}
