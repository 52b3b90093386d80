using Dapper;
using DocumentUploads.DocumentWorkflow.Storage.Postgres;
using Npgsql;

namespace DocumentUploads.DocumentWorkflow.Alerts;

/// <summary>Alerts in the shared PostgreSQL database (the document store applies the schema).</summary>
public sealed class PostgresAlertStore(NpgsqlDataSource dataSource) : IAlertStore
{
    private const string Columns = "id, monitor, subject, severity, summary, fired_at, last_seen_at, resolved_at";

    public async Task<IReadOnlyList<AlertRecord>> ListActiveAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM alerts WHERE resolved_at IS NULL ORDER BY fired_at DESC, id DESC",
            cancellationToken: cancellationToken));
        return rows.Select(r => r.ToRecord()).ToList();
    }

    public async Task<IReadOnlyList<AlertRecord>> ListRecentAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM alerts ORDER BY fired_at DESC, id DESC LIMIT @limit", new { limit },
            cancellationToken: cancellationToken));
        return rows.Select(r => r.ToRecord()).ToList();
    }

    public async Task<bool> TryFireAsync(AlertRecord alert, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        // The partial unique index turns a second active (monitor, subject) into "nothing inserted",
        // also when two replicas insert at the same moment (the second waits for the first, then skips).
        return await connection.ExecuteAsync(new CommandDefinition($"""
            INSERT INTO alerts ({Columns})
            VALUES (@Id, @Monitor, @Subject, @Severity, @Summary, @FiredAt, @LastSeenAt, @ResolvedAt)
            ON CONFLICT DO NOTHING
            """, new
        {
            alert.Id,
            alert.Monitor,
            alert.Subject,
            alert.Severity,
            alert.Summary,
            FiredAt = PostgresTimes.Write(alert.FiredAt),
            LastSeenAt = PostgresTimes.Write(alert.LastSeenAt),
            ResolvedAt = alert.ResolvedAt is { } resolved ? PostgresTimes.Write(resolved) : (DateTimeOffset?)null,
        }, cancellationToken: cancellationToken)) == 1;
    }

    public async Task TouchAsync(Guid id, string severity, string summary, DateTimeOffset seenAt,
        CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE alerts SET last_seen_at = greatest(last_seen_at, @seenAt), severity = @severity, summary = @summary
            WHERE id = @id AND resolved_at IS NULL
            """, new { id, severity, summary, seenAt = PostgresTimes.Write(seenAt) }, cancellationToken: cancellationToken));
    }

    public async Task<bool> TryResolveAsync(Guid id, DateTimeOffset resolvedAt, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE alerts SET resolved_at = @at WHERE id = @id AND resolved_at IS NULL",
            new { id, at = PostgresTimes.Write(resolvedAt) }, cancellationToken: cancellationToken)) == 1;
    }

    private sealed class Row
    {
        public Guid Id { get; set; }
        public string Monitor { get; set; } = "";
        public string Subject { get; set; } = "";
        public string Severity { get; set; } = "";
        public string Summary { get; set; } = "";
        public DateTime FiredAt { get; set; }
        public DateTime LastSeenAt { get; set; }
        public DateTime? ResolvedAt { get; set; }

        public AlertRecord ToRecord() => new(Id, Monitor, Subject, Severity, Summary, Utc(FiredAt), Utc(LastSeenAt),
            ResolvedAt is { } r ? Utc(r) : null);

        private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
    }
}
