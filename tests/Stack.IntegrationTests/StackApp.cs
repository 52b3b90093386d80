using System.Collections.Concurrent;
using DocumentUploads.AppHost;
using DocumentUploads.ServiceDefaults;
using DocumentUploads.TestSupport;
using Microsoft.Extensions.Logging;

namespace DocumentUploads.Stack.IntegrationTests;

/// <summary>Starts the AppHost's own composition through Aspire.Hosting.Testing, every service on a free
/// 127.0.0.1 port, the given settings passed to the AppHost as command-line configuration (which it hands
/// on to the services), and returns once every service answers its health check.</summary>
public static class StackApp
{
    public static readonly string[] Services =
    [
        AppIds.LighthouseSim, AppIds.ChampvaSim, AppIds.NotifySim, AppIds.ProviderLighthouse, AppIds.ProviderChampva,
        AppIds.DocumentWorkflow, AppIds.UploadApi,
    ];

    /// <param name="settings">Configuration keys (<c>Polling:Interval</c>; <c>Polling__Interval</c> is read the same way).</param>
    /// <param name="log">Receives every line the services print, for assertions on logs and for failure reports.</param>
    public static async Task<DistributedApplication> StartAsync(IReadOnlyDictionary<string, string> settings, ConcurrentQueue<string> log,
        CancellationToken cancellationToken)
    {
        string[] args =
        [
            .. Services.Select(service => $"--Ports:{service}=0"),
            "--Ports:clamav=0",
            // The simulators keep uploads in memory unless a test gives them a journal of its own.
            "--LighthouseSim:JournalPath=", "--ChampvaSim:JournalPath=",
            .. settings.Select(setting => $"--{setting.Key.Replace("__", ":", StringComparison.Ordinal)}={setting.Value}"),
        ];
        var builder = await DistributedApplicationTestingBuilder.CreateAsync(typeof(DocumentUploadsComposition), args, cancellationToken);
        // The services' own lines come through FollowLogs; Aspire's start-up chatter (health probes
        // failing until a service listens) would only bury a failure report.
        builder.Services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning)
            .AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks", LogLevel.None));
        var app = await builder.BuildAsync(cancellationToken);
        try
        {
            await app.StartAsync(cancellationToken);
            FollowLogs(app, log);
            foreach (var service in Services)
            {
                await app.ResourceNotifications.WaitForResourceHealthyAsync(service, cancellationToken);
            }
            return app;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    /// <summary>The process id of a running service itself (not of the <c>dotnet run</c> that launched it).</summary>
    public static int ProcessIdOf(this DistributedApplication app, string service)
    {
        if (!app.ResourceNotifications.TryGetCurrentState(service, out var resource))
        {
            throw new InvalidOperationException($"There is no resource named {service}.");
        }
        var pid = resource.Snapshot.Properties.SingleOrDefault(p => p.Name == "executable.pid")?.Value
            ?? throw new InvalidOperationException($"{service} has no process (state {resource.Snapshot.State?.Text}).");
        return ServiceProcess.Of(Convert.ToInt32(pid, System.Globalization.CultureInfo.InvariantCulture));
    }

    private static void FollowLogs(DistributedApplication app, ConcurrentQueue<string> log)
    {
        var logs = app.Services.GetRequiredService<ResourceLoggerService>();
        var model = app.Services.GetRequiredService<DistributedApplicationModel>();
        foreach (var service in Services)
        {
            // By resource, not name: DCP runs each under an instance name of its own. What was printed
            // before this subscribes comes first, from the service's backlog.
            var resource = model.Resources.Single(r => r.Name == service);
            _ = Task.Run(async () =>
            {
                try
                {
                    await foreach (var batch in logs.WatchAsync(resource))
                    {
                        foreach (var line in batch) log.Enqueue($"{service}: {line.Content}");
                    }
                }
                catch (OperationCanceledException)
                {
                    // The app is stopping.
                }
            });
        }
    }
}
