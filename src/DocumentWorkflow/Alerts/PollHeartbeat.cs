using System.Net.Http.Json;
using DocumentUploads.DocumentWorkflow.Polling;
using DocumentUploads.DocumentWorkflow.Storage;
using Microsoft.Extensions.Options;

namespace DocumentUploads.DocumentWorkflow.Alerts;

/// <summary>Pings <c>Alerts:HeartbeatUrl</c> after every completed poll cycle (succeeded or completed with
/// provider errors; a failed or abandoned cycle sends nothing). The watcher at that URL pages when the pings
/// stop: the one alarm that still works when no replica of document-workflow is alive to raise one.</summary>
public sealed partial class PollHeartbeat(IHttpClientFactory clients, IOptionsMonitor<AlertSettings> settings,
    ILogger<PollHeartbeat> logger) : IPollCycleObserver
{
    public const string ClientName = "alerts-heartbeat";

    public void CycleFinished(PollCycleRecord cycle)
    {
        if (settings.CurrentValue.HeartbeatUri is not { } target) return;
        if (cycle.Outcome is not (PollCycleRecord.Succeeded or PollCycleRecord.CompletedWithErrors)) return;
        _ = PingAsync(target, cycle, settings.CurrentValue.WebhookTimeout);
    }

    /// <summary>One attempt: a missed ping is made good by the next cycle's, and the watcher allows for a few.</summary>
    public async Task<bool> PingAsync(Uri target, PollCycleRecord cycle, TimeSpan timeout)
    {
        try
        {
            using var client = clients.CreateClient(ClientName);
            using var deadline = new CancellationTokenSource(timeout);
            using var response = await client.PostAsJsonAsync(target,
                new { cycleId = cycle.Id, outcome = cycle.Outcome, finishedAt = cycle.FinishedAt, documentsPolled = cycle.DocumentsPolled },
                deadline.Token);
            if (response.IsSuccessStatusCode) return true;
            LogPingFailed($"HTTP {(int)response.StatusCode}");
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
        {
            LogPingFailed(e is OperationCanceledException ? $"no answer within {DurationText.Format(timeout)}" : e.GetType().Name);
        }
        return false;
    }

    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "Heartbeat ping after a poll cycle failed: {Failure}")]
    private partial void LogPingFailed(string failure);
}
