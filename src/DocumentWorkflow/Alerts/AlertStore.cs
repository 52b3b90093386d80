using Dapper;
using DocumentUploads.DocumentWorkflow.Storage;

namespace DocumentUploads.DocumentWorkflow.Alerts;

/// <summary>Alerts in the service's database (the document store applies the schema).</summary>
public sealed class AlertStore(SqlDialect sql) : IAlertStore
{
    private const string Columns = "id, monitor, subject, severity, summary, fired_at, last_seen_at, resolved_at";

    public async Task<IReadOnlyList<AlertRecord>> ListActiveAsync(CancellationToken cancellationToken)
    {
        await using var connection = await sql.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM alerts WHERE resolved_at IS NULL ORDER BY fired_at DESC, id DESC",
            cancellationToken: cancellationToken));
        return rows.Select(r => r.ToRecord()).ToList();
    }

    public async Task<IReadOnlyList<AlertRecord>> ListRecentAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await sql.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM alerts ORDER BY fired_at DESC, id DESC LIMIT @limit", new { limit },
            cancellationToken: cancellationToken));
        return rows.Select(r => r.ToRecord()).ToList();
    }

    public Task<bool> TryFireAsync(AlertRecord alert, CancellationToken cancellationToken) =>
        sql.WriteAsync(async () =>
        {
            await using var connection = await sql.OpenAsync(cancellationToken);
            // The partial unique index turns a second active (monitor, subject) into "nothing inserted", also
            // when two replicas insert at the same moment (on PostgreSQL the second waits for the first, then skips).
            return await connection.ExecuteAsync(new CommandDefinition($"""
                INSERT INTO alerts ({Columns})
                VALUES (@Id, @Monitor, @Subject, @Severity, @Summary, @FiredAt, @LastSeenAt, @ResolvedAt)
                ON CONFLICT DO NOTHING
                """, new
            {
                Id = sql.Id(alert.Id),
                alert.Monitor,
                alert.Subject,
                alert.Severity,
                alert.Summary,
                FiredAt = sql.Time(alert.FiredAt),
                LastSeenAt = sql.Time(alert.LastSeenAt),
                ResolvedAt = sql.Time(alert.ResolvedAt),
            }, cancellationToken: cancellationToken)) == 1;
        }, cancellationToken);

    public Task TouchAsync(Guid id, string severity, string summary, DateTimeOffset seenAt,
        CancellationToken cancellationToken) =>
        sql.WriteAsync(async () =>
        {
            await using var connection = await sql.OpenAsync(cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition("""
                UPDATE alerts
                SET last_seen_at = CASE WHEN last_seen_at > @seenAt THEN last_seen_at ELSE @seenAt END,
                    severity = @severity, summary = @summary
                WHERE id = @id AND resolved_at IS NULL
                """, new { id = sql.Id(id), severity, summary, seenAt = sql.Time(seenAt) }, cancellationToken: cancellationToken));
        }, cancellationToken);

    public Task<bool> TryResolveAsync(Guid id, DateTimeOffset resolvedAt, CancellationToken cancellationToken) =>
        sql.WriteAsync(async () =>
        {
            await using var connection = await sql.OpenAsync(cancellationToken);
            return await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE alerts SET resolved_at = @at WHERE id = @id AND resolved_at IS NULL",
                new { id = sql.Id(id), at = sql.Time(resolvedAt) }, cancellationToken: cancellationToken)) == 1;
        }, cancellationToken);

    private sealed class Row
    {
        public object Id { get; set; } = "";
        public string Monitor { get; set; } = "";
        public string Subject { get; set; } = "";
        public string Severity { get; set; } = "";
        public string Summary { get; set; } = "";
        public object FiredAt { get; set; } = 0L;
        public object LastSeenAt { get; set; } = 0L;
        public object? ResolvedAt { get; set; }

        public AlertRecord ToRecord() => new(StoredValues.Id(Id), Monitor, Subject, Severity, Summary,
            StoredValues.Time(FiredAt), StoredValues.Time(LastSeenAt), StoredValues.OptionalTime(ResolvedAt));
    }
}
