using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using DocumentUploads.AppHost;
using DocumentUploads.ServiceDefaults;
using Microsoft.Extensions.DependencyInjection;

namespace DocumentUploads.Benchmarks;

/// <summary>lighthouse-sim and provider-lighthouse as real child processes on free loopback ports
/// (the AppHost's own composition through Aspire.Hosting.Testing, less the other services), so their memory and CPU are theirs, not the
/// benchmark's. Disposing stops both, also after a failed start.</summary>
public sealed class ProviderProcesses : IAsyncDisposable
{
    private readonly DistributedApplication _app;

    private readonly string[] _services;

    private ProviderProcesses(DistributedApplication app, RecentLines log, string[] services)
    {
        _app = app;
        Log = log;
        _services = services;
    }

    public RecentLines Log { get; }

    public Uri ProviderUrl => _app.GetEndpoint(AppIds.ProviderLighthouse);

    public static async Task<ProviderProcesses> StartAsync(string serviceSigningKey, CancellationToken cancellationToken)
    {
        string[] services = [AppIds.LighthouseSim, AppIds.ProviderLighthouse];
        string[] args =
        [
            .. services.Select(service => $"--Ports:{service}=0"),
            $"--ServiceAuth:SigningKey={serviceSigningKey}",
            // Per-request Information events are filtered out cheaply here too; warnings still show.
            "--Logging:LogLevel:Default=Warning",
        ];
        var builder = await DistributedApplicationTestingBuilder.CreateAsync(typeof(DocumentUploadsComposition), args, cancellationToken);
        // provider-lighthouse references only the simulator, so the rest of the system can go (clamd too: it would
        // only take CPU from the measured processes).
        foreach (var other in builder.Resources.Where(r => r is ProjectResource or ExecutableResource && !services.Contains(r.Name)).ToList())
        {
            builder.Resources.Remove(other);
        }
        var app = await builder.BuildAsync(cancellationToken);
        var log = new RecentLines(200);
        try
        {
            await app.StartAsync(cancellationToken);
            var logs = app.Services.GetRequiredService<ResourceLoggerService>();
            foreach (var resource in app.Services.GetRequiredService<DistributedApplicationModel>().Resources.Where(r => services.Contains(r.Name)))
            {
                _ = Task.Run(async () =>
                {
                    await foreach (var batch in logs.WatchAsync(resource)) foreach (var line in batch) log.Add($"{resource.Name}: {line.Content}");
                }, CancellationToken.None);
            }
            foreach (var service in services) await app.ResourceNotifications.WaitForResourceHealthyAsync(service, cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
        return new ProviderProcesses(app, log, services);
    }

    public HttpClient CreateSimulatorClient() => _app.CreateHttpClient(AppIds.LighthouseSim);

    /// <summary>A plain client for provider-lighthouse; the caller adds a service token.</summary>
    public HttpClient CreateProviderClient() => _app.CreateHttpClient(AppIds.ProviderLighthouse);

    /// <summary>CPU time each child has used so far (for the where-did-the-time-go lines).</summary>
    public IReadOnlyDictionary<string, TimeSpan> CpuTimes() => _services.ToDictionary(service => service, service =>
        ResourceProcesses.ProcessIdOf(_app, service) is { } pid ? ResourceProcesses.CpuTimeOf(pid) : TimeSpan.Zero);

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
