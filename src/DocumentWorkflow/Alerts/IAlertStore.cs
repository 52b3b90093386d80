namespace DocumentUploads.DocumentWorkflow.Alerts;

/// <summary>The evaluator's writes to the alerts table. Each write reports whether it changed a row, so of
/// two replicas evaluating at once only one logs and sends each firing and each resolution.</summary>
public interface IAlertStore : IAlertReader
{
    /// <summary>Inserts the alert unless one for the same (monitor, subject) is already active;
    /// false when one was (another replica fired it first).</summary>
    Task<bool> TryFireAsync(AlertRecord alert, CancellationToken cancellationToken);

    /// <summary>The condition still holds: refreshes last_seen_at, severity and summary of an active alert.</summary>
    Task TouchAsync(Guid id, string severity, string summary, DateTimeOffset seenAt, CancellationToken cancellationToken);

    /// <summary>Resolves an active alert; false when it was already resolved (by another replica).</summary>
    Task<bool> TryResolveAsync(Guid id, DateTimeOffset resolvedAt, CancellationToken cancellationToken);
}
