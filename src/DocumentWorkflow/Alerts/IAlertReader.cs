namespace DocumentUploads.DocumentWorkflow.Alerts;

/// <summary>What the dashboard and GET /ops/api/alerts read of the alerts table.</summary>
public interface IAlertReader
{
    /// <summary>Alerts that fired and have not resolved, newest first.</summary>
    Task<IReadOnlyList<AlertRecord>> ListActiveAsync(CancellationToken cancellationToken);

    /// <summary>The latest alerts, active or resolved, newest firing first.</summary>
    Task<IReadOnlyList<AlertRecord>> ListRecentAsync(int limit, CancellationToken cancellationToken);
}
