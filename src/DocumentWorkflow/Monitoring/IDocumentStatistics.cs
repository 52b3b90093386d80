namespace DocumentUploads.DocumentWorkflow.Monitoring;

/// <summary>Counts for gauges and the dashboard, kept apart from the store that moves documents.</summary>
public interface IDocumentStatistics
{
    /// <param name="warningBefore">Pending documents created before this are stuck (warning, 24 h).</param>
    /// <param name="criticalBefore">Pending documents created before this are stuck (critical, 96 h).</param>
    Task<DocumentCounts> CountAsync(DateTimeOffset warningBefore, DateTimeOffset criticalBefore, CancellationToken cancellationToken);
}
