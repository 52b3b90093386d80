using System.Diagnostics;
using System.Security.Cryptography;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using DocumentUploads.AppHost;
using DocumentUploads.ServiceDefaults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DocumentUploads.Benchmarks.Uploads;

/// <summary>The whole system as <c>dotnet run --project AppHost</c> composes it (clamd included when the machine has
/// it), every service a real process on a free loopback port, through Aspire.Hosting.Testing. Two things differ,
/// both so the figures measure the upload path only: no scheduled poll cycles, and the simulators keep uploads in
/// memory (their journal is a simulator's file, not ours). The Lighthouse client key pair is made up here, so the
/// benchmark can also call lighthouse-sim directly with a token of its own.</summary>
public sealed class UploadStack : IAsyncDisposable
{
    private static readonly string[] Services =
    [
        AppIds.LighthouseSim, AppIds.ChampvaSim, AppIds.ProviderLighthouse, AppIds.ProviderChampva, AppIds.DocumentWorkflow, AppIds.UploadApi,
    ];

    private const string Clamav = "clamav";

    private readonly DistributedApplication _app;

    private UploadStack(DistributedApplication app, RSA lighthouseClientKey, bool scansUploads)
    {
        _app = app;
        LighthouseClientKey = lighthouseClientKey;
        ScansUploads = scansUploads;
    }

    /// <summary>The private half of the key pair lighthouse-sim was given for client assertions.</summary>
    public RSA LighthouseClientKey { get; }

    /// <summary>clamd runs (the machine has it), so every upload through upload-api is scanned.</summary>
    public bool ScansUploads { get; }

    public static async Task<UploadStack> StartAsync(string dataDirectory, CancellationToken cancellationToken)
    {
        var key = RSA.Create(2048);
        string[] args =
        [
            .. Services.Select(service => $"--Ports:{service}=0"),
            $"--Ports:{Clamav}=0",
            "--LighthouseSim:JournalPath=", "--ChampvaSim:JournalPath=",
            "--Polling:Enabled=false",
            $"--Storage:DataDirectory={Path.Combine(dataDirectory, "workflow")}",
            $"--Outbox:Directory={Path.Combine(dataDirectory, "outbox")}",
            $"--Lighthouse:ClientAssertionKey={key.ExportPkcs8PrivateKeyPem()}",
            $"--LighthouseSim:ClientPublicKey={key.ExportSubjectPublicKeyInfoPem()}",
        ];
        var builder = await DistributedApplicationTestingBuilder.CreateAsync(typeof(DocumentUploadsComposition), args, cancellationToken);
        builder.Services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning)
            .AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks", LogLevel.None));
        // The testing host runs no dashboard, yet points every service's OTLP exporter at one: exports failing into a
        // closed port and retried from memory cost more CPU than a real export. Telemetry is still recorded in-process.
        foreach (var project in builder.Resources.OfType<ProjectResource>().ToList())
        {
            builder.CreateResourceBuilder(project).WithEnvironment(context => context.EnvironmentVariables.Remove("OTEL_EXPORTER_OTLP_ENDPOINT"));
        }
        var scans = builder.Resources.Any(r => r.Name == Clamav);
        var app = await builder.BuildAsync(cancellationToken);
        try
        {
            await app.StartAsync(cancellationToken);
            foreach (var service in Services) await app.ResourceNotifications.WaitForResourceHealthyAsync(service, cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            key.Dispose();
            throw;
        }
        return new UploadStack(app, key, scans);
    }

    public HttpClient CreateClient(string service) => _app.CreateHttpClient(service);

    /// <summary>Each running service's peak resident memory so far, in MB (clamd's too when it runs).</summary>
    public IReadOnlyDictionary<string, double> PeakRssMegabytes() => new SortedDictionary<string, double>(
        ServiceProcessIds().Select(p => (p.Key, Mb: ProcessMemory.PeakMegabytesOf(p.Value)))
            .Where(p => p.Mb is not null).ToDictionary(p => p.Key, p => Math.Round(p.Mb!.Value, 1)), StringComparer.Ordinal);

    /// <summary>CPU time each service (and this process, the load's clients) has used so far.</summary>
    public CpuTimes CpuTimes()
    {
        var times = ServiceProcessIds().ToDictionary(p => p.Key, p => ResourceProcesses.CpuTimeOf(p.Value), StringComparer.Ordinal);
        using var self = Process.GetCurrentProcess();
        times[LoadClients] = self.TotalProcessorTime;
        return new CpuTimes(times);
    }

    public const string LoadClients = "benchmark (clients)";

    private Dictionary<string, int> ServiceProcessIds() => Services.Select(s => (Name: s, Pid: ResourceProcesses.ProcessIdOf(_app, s)))
        .Append((Name: Clamav, Pid: ResourceProcesses.ProcessIdOf(_app, Clamav, isProject: false)))
        .Where(p => p.Pid is not null).ToDictionary(p => p.Name, p => p.Pid!.Value, StringComparer.Ordinal);

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        LighthouseClientKey.Dispose();
    }
}
