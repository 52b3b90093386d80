using System.Diagnostics;
using DocumentUploads.AppHost.Hosting;
using DocumentUploads.AppHost.Testing;
using DocumentUploads.ServiceDefaults;

namespace DocumentUploads.Benchmarks;

/// <summary>lighthouse-sim and provider-lighthouse as real child processes on free loopback ports
/// (launched by the AppHost's testing builder), so their memory and CPU are theirs, not the
/// benchmark's. Disposing stops both, also after a failed start.</summary>
public sealed class ProviderProcesses : IAsyncDisposable
{
    private readonly DistributedApplication _app;

    private ProviderProcesses(DistributedApplication app, RecentLines log)
    {
        _app = app;
        Log = log;
    }

    public RecentLines Log { get; }

    public Uri ProviderUrl => _app.GetEndpoint(AppIds.ProviderLighthouse);

    public static async Task<ProviderProcesses> StartAsync(string serviceSigningKey, CancellationToken cancellationToken)
    {
        var log = new RecentLines(200);
        var options = new DistributedApplicationTestingOptions { LogSink = log.Add };
        options.EnvironmentVariables["ServiceAuth__SigningKey"] = serviceSigningKey;
        // Per-request Information events are filtered out cheaply here too; warnings still show.
        options.EnvironmentVariables["Logging__LogLevel__Default"] = "Warning";
        var app = await DistributedApplicationTestingBuilder.StartAsync(builder =>
        {
            var sim = builder.AddProject(AppIds.LighthouseSim, "../src/LighthouseSim/LighthouseSim.csproj", 5201);
            builder.AddProject(AppIds.ProviderLighthouse, "../src/ProviderLighthouse/ProviderLighthouse.csproj", 5101)
                .WithReference(sim);
        }, options, cancellationToken: cancellationToken);
        return new ProviderProcesses(app, log);
    }

    public HttpClient CreateSimulatorClient() => _app.CreateHttpClient(AppIds.LighthouseSim);

    /// <summary>CPU time each child has used so far (for the where-did-the-time-go lines).</summary>
    public IReadOnlyDictionary<string, TimeSpan> CpuTimes() => _app.GetResources()
        .Where(r => r.ProcessId is not null)
        .ToDictionary(r => r.Name, r => CpuTimeOf(r.ProcessId!.Value));

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private static TimeSpan CpuTimeOf(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return process.TotalProcessorTime;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            return TimeSpan.Zero; // it exited
        }
    }
}
