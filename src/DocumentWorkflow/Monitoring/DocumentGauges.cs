using System.Diagnostics.Metrics;
using DocumentUploads.Contracts.Workflow;
using DocumentUploads.DocumentWorkflow.Polling;
using DocumentUploads.Telemetry;
using Microsoft.Extensions.Options;

namespace DocumentUploads.DocumentWorkflow.Monitoring;

/// <summary>Observable gauges of documents by status and of stuck documents (pending past 24 h
/// and 96 h by default). Counting runs on its own timer, not inside a metrics export, so a slow
/// database never stalls the exporter; the gauges report the latest counts.</summary>
public sealed partial class DocumentGauges : BackgroundService
{
    private static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(30);
    private readonly IDocumentStatistics _statistics;
    private readonly IOptionsMonitor<PollingSettings> _settings;
    private readonly TimeProvider _time;
    private readonly ILogger<DocumentGauges> _logger;
    private volatile DocumentCounts? _latest;

    public DocumentGauges(IDocumentStatistics statistics, IOptionsMonitor<PollingSettings> settings, ServiceTelemetry telemetry,
        TimeProvider time, ILogger<DocumentGauges> logger)
    {
        _statistics = statistics;
        _settings = settings;
        _time = time;
        _logger = logger;
        telemetry.Meter.CreateObservableGauge("documentuploads.documents", ObserveByStatus, "{document}",
            "Documents by status.");
        telemetry.Meter.CreateObservableGauge("documentuploads.documents.stuck", ObserveStuck, "{document}",
            "Pending documents older than the stuck thresholds (tag threshold: warning, critical).");
    }

    public DocumentCounts? Latest => _latest;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(RefreshInterval, _time);
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
        var settings = _settings.CurrentValue;
        var now = _time.GetUtcNow();
        try
        {
            _latest = await _statistics.CountAsync(now - settings.StuckAfter, now - settings.TimeoutAfter, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogCountFailed(ex);
        }
    }

    // Every status is reported, 0 when none is in it, so an emptied status reads 0 instead of vanishing.
    private static readonly string[] Statuses =
    [
        DocumentStatuses.Submitted, DocumentStatuses.InProgress, DocumentStatuses.Completed, DocumentStatuses.Failed,
        DocumentStatuses.UploadFailed, DocumentStatuses.NotFound, DocumentStatuses.TimedOut,
    ];

    private IEnumerable<Measurement<long>> ObserveByStatus() => _latest is { } counts
        ? Statuses.Union(counts.ByStatus.Keys).Select(status => new Measurement<long>(counts.ByStatus.GetValueOrDefault(status),
            new KeyValuePair<string, object?>("status", status)))
        : [];

    private IEnumerable<Measurement<long>> ObserveStuck() => _latest is { } counts
        ?
        [
            new(counts.StuckPastWarning, new KeyValuePair<string, object?>("threshold", "warning")),
            new(counts.StuckPastCritical, new KeyValuePair<string, object?>("threshold", "critical")),
        ]
        : [];

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not count documents for the gauges; keeping the last counts")]
    private partial void LogCountFailed(Exception ex);
}
