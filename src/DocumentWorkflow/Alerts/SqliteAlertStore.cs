using Dapper;
using DocumentUploads.DocumentWorkflow.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace DocumentUploads.DocumentWorkflow.Alerts;

/// <summary>Alerts in the service's SQLite file (the document store applies the schema).</summary>
public sealed class SqliteAlertStore(string connectionString) : IAlertStore
{
    private readonly SqliteWriteGate _writes = SqliteWriteGate.For(connectionString);

    private const string Columns = "id, monitor, subject, severity, summary, fired_at, last_seen_at, resolved_at";

    public async Task<IReadOnlyList<AlertRecord>> ListActiveAsync(CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(connectionString);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM alerts WHERE resolved_at IS NULL ORDER BY fired_at DESC, id DESC",
            cancellationToken: cancellationToken));
        return rows.Select(r => r.ToRecord()).ToList();
    }

    public async Task<IReadOnlyList<AlertRecord>> ListRecentAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(connectionString);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM alerts ORDER BY fired_at DESC, id DESC LIMIT @limit", new { limit },
            cancellationToken: cancellationToken));
        return rows.Select(r => r.ToRecord()).ToList();
    }

    public Task<bool> TryFireAsync(AlertRecord alert, CancellationToken cancellationToken) =>
        _writes.WriteAsync(async () =>
        {
            await using var connection = new SqliteConnection(connectionString);
            // The partial unique index turns a second active (monitor, subject) into "nothing inserted".
            return await connection.ExecuteAsync(new CommandDefinition($"""
                INSERT INTO alerts ({Columns})
                VALUES (@Id, @Monitor, @Subject, @Severity, @Summary, @FiredAt, @LastSeenAt, @ResolvedAt)
                ON CONFLICT DO NOTHING
                """, Row.From(alert), cancellationToken: cancellationToken)) == 1;
        }, cancellationToken);

    public Task TouchAsync(Guid id, string severity, string summary, DateTimeOffset seenAt,
        CancellationToken cancellationToken) =>
        _writes.WriteAsync(async () =>
        {
            await using var connection = new SqliteConnection(connectionString);
            await connection.ExecuteAsync(new CommandDefinition("""
                UPDATE alerts SET last_seen_at = max(last_seen_at, @seenAt), severity = @severity, summary = @summary
                WHERE id = @id AND resolved_at IS NULL
                """, new { id = id.ToString(), severity, summary, seenAt = seenAt.ToUnixTimeMilliseconds() },
                cancellationToken: cancellationToken));
        }, cancellationToken);

    public Task<bool> TryResolveAsync(Guid id, DateTimeOffset resolvedAt, CancellationToken cancellationToken) =>
        _writes.WriteAsync(async () =>
        {
            await using var connection = new SqliteConnection(connectionString);
            return await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE alerts SET resolved_at = @at WHERE id = @id AND resolved_at IS NULL",
                new { id = id.ToString(), at = resolvedAt.ToUnixTimeMilliseconds() }, cancellationToken: cancellationToken)) == 1;
        }, cancellationToken);

    private sealed class Row
    {
        public string Id { get; set; } = "";
        public string Monitor { get; set; } = "";
        public string Subject { get; set; } = "";
        public string Severity { get; set; } = "";
        public string Summary { get; set; } = "";
        public long FiredAt { get; set; }
        public long LastSeenAt { get; set; }
        public long? ResolvedAt { get; set; }

        public static Row From(AlertRecord a) => new()
        {
            Id = a.Id.ToString(),
            Monitor = a.Monitor,
            Subject = a.Subject,
            Severity = a.Severity,
            Summary = a.Summary,
            FiredAt = a.FiredAt.ToUnixTimeMilliseconds(),
            LastSeenAt = a.LastSeenAt.ToUnixTimeMilliseconds(),
            ResolvedAt = a.ResolvedAt?.ToUnixTimeMilliseconds(),
        };

        public AlertRecord ToRecord() => new(Guid.Parse(Id), Monitor, Subject, Severity, Summary,
            DateTimeOffset.FromUnixTimeMilliseconds(FiredAt), DateTimeOffset.FromUnixTimeMilliseconds(LastSeenAt),
            ResolvedAt is { } r ? DateTimeOffset.FromUnixTimeMilliseconds(r) : null);
    }
}
