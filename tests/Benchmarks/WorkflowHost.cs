using DocumentUploads.DocumentWorkflow;
using DocumentUploads.DocumentWorkflow.Polling;
using DocumentUploads.DocumentWorkflow.Retention;
using DocumentUploads.ServiceDefaults;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DocumentUploads.Benchmarks;

/// <summary>document-workflow hosted in this process, exactly as Program.cs builds it, with the
/// scheduler off so only the benchmark starts cycles.</summary>
public sealed class WorkflowHost : IAsyncDisposable
{
    /// <summary>Said in the output: per-transition Information events are not written (the level
    /// check filters them before any formatting), as in a production log configuration.</summary>
    public const string LoggingNote = "document-workflow, lighthouse-sim and provider-lighthouse log at Warning and above " +
        "(Logging:LogLevel:Default=Warning): per-transition Information events are filtered out before formatting";

    private readonly WebApplication _app;

    private WorkflowHost(WebApplication app) => _app = app;

    public DocumentStatusPoller Poller => _app.Services.GetRequiredService<DocumentStatusPoller>();

    /// <summary>The service's own retention purger (its schedule is off here).</summary>
    public RetentionPurger Purger => _app.Services.GetServices<IHostedService>().OfType<RetentionPurger>().Single();

    /// <summary>Cancelled when the host stops (its own Ctrl+C / SIGTERM handling included).</summary>
    public CancellationToken Stopping => _app.Lifetime.ApplicationStopping;

    public static async Task<WorkflowHost> StartAsync(BenchmarkDatabase store, Uri providerUrl, WorkflowKeys keys,
        BenchmarkOptions options, string contentRoot, CancellationToken cancellationToken)
    {
        string[] args =
        [
            // An empty content root: no appsettings*.json, every setting is the one given here.
            $"--contentRoot={contentRoot}",
            "--environment=Production",
            "--urls=http://127.0.0.1:0",
            "--Logging:LogLevel:Default=Warning",
            "--Polling:Enabled=false",
            // Retention runs only when the purge benchmark starts it (its first scheduled run would be at start).
            "--Retention:Enabled=false",
            $"--services:{AppIds.ProviderLighthouse}:http:0={providerUrl}",
            $"--ServiceAuth:SigningKey={keys.Service}",
            $"--Auth:SigningKey={keys.User}",
            .. store.WorkflowArgs,
            .. options.SettingOverrides,
            .. (options.BatchSize is { } batchSize ? [$"--Polling:BatchSize={batchSize}"] : Array.Empty<string>()),
        ];
        var app = DocumentWorkflowApp.Build(args);
        try
        {
            await app.StartAsync(cancellationToken); // the store initializer migrates the schema here
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
        return new WorkflowHost(app);
    }

    /// <summary>The service's own client for provider-lighthouse: service token, resilience, discovery.</summary>
    public HttpClient CreateProviderClient() =>
        _app.Services.GetRequiredService<IHttpClientFactory>().CreateClient(AppIds.ProviderLighthouse);

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await _app.StopAsync(timeout.Token);
        }
        finally
        {
            await _app.DisposeAsync();
        }
    }
}
