using System.Diagnostics;
using DocumentUploads.ServiceDefaults.Resilience;
using DocumentUploads.Telemetry;
using DocumentUploads.UploadApi.Monitoring;

namespace DocumentUploads.UploadApi.Uploads;

/// <summary>Retries outbox registrations until document-workflow takes them.</summary>
public sealed partial class RegistrationOutboxReplayer(RegistrationOutbox outbox, WorkflowClient workflow, TimeProvider time,
    ServiceTelemetry telemetry, WorkflowUnreachableMonitor monitor, ILogger<RegistrationOutboxReplayer> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        try
        {
            do
            {
                await ReplayAsync(stoppingToken);
            } while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    public async Task ReplayAsync(CancellationToken cancellationToken)
    {
        foreach (var (path, registration, traceParent) in outbox.Pending())
        {
            if (registration is null)
            {
                LogUnreadable(path);
                continue;
            }
            // A child of the upload that deferred it (same trace id); a new trace for older files.
            ActivityContext.TryParse(traceParent, null, out var upload);
            using var activity = telemetry.ActivitySource.StartActivity("outbox-replay", ActivityKind.Internal, upload);
            try
            {
                await workflow.RegisterAsync(registration, cancellationToken);
                RegistrationOutbox.Remove(path);
                monitor.RegistrationSucceeded();
                LogReplayed(registration.Id, registration.Provider, registration.ProviderRequestId);
            }
            catch (Exception ex) when ((ServiceCallFailures.IsUnreachable(ex) || ex is TaskCanceledException)
                                       && !cancellationToken.IsCancellationRequested)
            {
                activity?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
                LogStillFailing(registration.Id, ex.GetType().Name);
                monitor.RegistrationFailed(ex.GetType().Name);
                return; // workflow is still down: try the rest on the next tick
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Registered document {DocumentId} from the outbox ({Provider} request {ProviderRequestId})")]
    private partial void LogReplayed(Guid? documentId, string provider, string? providerRequestId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "document-workflow still refuses outbox registration {DocumentId}: {Reason}")]
    private partial void LogStillFailing(Guid? documentId, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox file {Path} is unreadable; left in place for an operator")]
    private partial void LogUnreadable(string path);
}
