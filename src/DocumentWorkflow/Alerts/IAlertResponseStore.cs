namespace DocumentUploads.DocumentWorkflow.Alerts;

/// <summary>Operators' answers to alerts: acknowledgements of one firing and silences of a monitor and subject.</summary>
public interface IAlertResponseStore
{
    /// <summary>Records who acknowledged an active alert and when, unless someone already did (the first one stands).</summary>
    Task<AcknowledgeResult> AcknowledgeAsync(Guid alertId, string acknowledgedBy, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>The acknowledgements of these alerts (none for an alert nobody acknowledged).</summary>
    Task<IReadOnlyList<AlertAcknowledgement>> ListAcknowledgementsAsync(IReadOnlyCollection<Guid> alertIds,
        CancellationToken cancellationToken);

    Task StartSilenceAsync(AlertSilence silence, CancellationToken cancellationToken);

    /// <summary>Ends a running silence early, recording who and when.</summary>
    Task<SilenceEndResult> EndSilenceAsync(Guid silenceId, string endedBy, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Silences running at <paramref name="now"/>, the soonest to end first.</summary>
    Task<IReadOnlyList<AlertSilence>> ListRunningSilencesAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
