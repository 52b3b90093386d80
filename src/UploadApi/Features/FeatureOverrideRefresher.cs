using System.Net.Http.Json;
using DocumentUploads.Contracts.Features;
using DocumentUploads.Contracts.Workflow;
using DocumentUploads.ServiceDefaults;

namespace DocumentUploads.UploadApi.Features;

/// <summary>Reads the operators' flag settings from document-workflow every
/// <c>Features:RefreshInterval</c> (default 5 s), so every replica honours a change within
/// seconds without a restart. When workflow is unreachable the last settings stay in force.</summary>
public sealed partial class FeatureOverrideRefresher([FromKeyedServices(AppIds.DocumentWorkflow)] IDocumentWorkflowApi workflow,
    FeatureFlagOverrides overrides,
    IConfiguration configuration, TimeProvider time, ILogger<FeatureOverrideRefresher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = configuration.GetValue("Features:RefreshInterval", TimeSpan.FromSeconds(5));
        using var timer = new PeriodicTimer(interval, time);
        try
        {
            do
            {
                await RefreshAsync(stoppingToken);
            } while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var response = await workflow.GetFeatureFlagOverridesAsync(cancellationToken);
            response.EnsureSuccessStatusCode();
            var flags = await response.Content.ReadFromJsonAsync(WorkflowJson.Default.ListFeatureFlagOverride, cancellationToken);
            overrides.Replace(flags ?? [], time.GetUtcNow());
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogRefreshFailed(ex.GetType().Name, overrides.LastRefreshedAt);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Could not refresh feature flag settings from document-workflow ({Reason}); keeping those read at {LastRefreshedAt}")]
    private partial void LogRefreshFailed(string reason, DateTimeOffset? lastRefreshedAt);
}
