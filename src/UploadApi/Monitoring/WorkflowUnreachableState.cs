using DocumentUploads.Alerting;

namespace DocumentUploads.UploadApi.Monitoring;

/// <summary>The <c>workflow_unreachable</c> alert's rule, with the clock passed in: registrations that keep
/// failing for <c>after</c> fire it once; the next registration document-workflow takes resolves it. Not
/// thread-safe: <see cref="WorkflowUnreachableMonitor"/> serialises the calls.</summary>
public sealed class WorkflowUnreachableState
{
    public const string Monitor = "workflow_unreachable";

    private DateTimeOffset? _failingSince;
    private string _lastFailure = "";
    private AlertRecord? _active;

    /// <summary>Registrations have failed without a success in between since this moment; null while they flow.</summary>
    public DateTimeOffset? FailingSince => _failingSince;

    public AlertRecord? Active => _active;

    /// <summary>A registration (an upload's or the outbox's) could not reach document-workflow.</summary>
    /// <param name="waiting">How many registrations wait in the outbox: asked only when the alert fires.</param>
    public AlertWebhookMessage? Failed(DateTimeOffset now, string failure, TimeSpan after, Func<int> waiting)
    {
        _failingSince ??= now;
        _lastFailure = failure;
        return Check(now, after, waiting);
    }

    /// <summary>document-workflow took a registration: the outage, if any, is over.</summary>
    public AlertWebhookMessage? Succeeded(DateTimeOffset now)
    {
        _failingSince = null;
        if (_active is not { } active) return null;
        _active = null;
        return new AlertWebhookMessage(AlertWebhookMessage.Resolved, active with { LastSeenAt = now, ResolvedAt = now });
    }

    /// <summary>Fires once the failures have lasted <paramref name="after"/>; keeps an active firing's
    /// last-seen time current without sending it again.</summary>
    public AlertWebhookMessage? Check(DateTimeOffset now, TimeSpan after, Func<int> waiting)
    {
        if (_failingSince is not { } since) return null;
        if (_active is { } active)
        {
            _active = active with { LastSeenAt = now };
            return null;
        }
        if (now - since < after) return null;
        _active = new AlertRecord(Guid.CreateVersion7(now), Monitor, "", AlertSeverities.Critical,
            $"upload-api has not reached document-workflow for {DurationText.Format(now - since)} ({_lastFailure}): "
            + $"uploads are still accepted, {waiting()} registration(s) wait in the outbox, and nothing is polled "
            + "or alerted on until document-workflow is back.",
            now, now, null);
        return new AlertWebhookMessage(AlertWebhookMessage.Fired, _active);
    }
}
