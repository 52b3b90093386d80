using Dapper;
using DocumentUploads.DocumentWorkflow.Storage;

namespace DocumentUploads.DocumentWorkflow.Alerts;

/// <summary>Alerts, and operators' acknowledgements and silences of them, in the service's database (the document
/// store applies the schema).</summary>
public sealed class AlertStore(SqlDialect sql) : IAlertStore, IAlertResponseStore
{
    private const string Columns = "id, monitor, subject, severity, summary, fired_at, last_seen_at, resolved_at";
    private const string SilenceColumns =
        "id, monitor, subject, reason, created_by, created_at, silenced_until, ended_by, ended_at";

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

    public Task<AcknowledgeResult> AcknowledgeAsync(Guid alertId, string acknowledgedBy, DateTimeOffset at,
        CancellationToken cancellationToken) =>
        sql.WriteAsync(async () =>
        {
            await using var connection = await sql.OpenAsync(cancellationToken);
            var id = sql.Id(alertId);
            // One statement: only an active alert gains an acknowledgement, and only its first one.
            var inserted = await connection.ExecuteAsync(new CommandDefinition("""
                INSERT INTO alert_acknowledgements (alert_id, acknowledged_by, acknowledged_at)
                SELECT id, @acknowledgedBy, @at FROM alerts WHERE id = @id AND resolved_at IS NULL
                ON CONFLICT DO NOTHING
                """, new { id, acknowledgedBy, at = sql.Time(at) }, cancellationToken: cancellationToken)) == 1;
            var state = await connection.QuerySingleOrDefaultAsync<AcknowledgementRow>(new CommandDefinition("""
                SELECT a.id AS alert_id, a.resolved_at, k.acknowledged_by, k.acknowledged_at
                FROM alerts a LEFT JOIN alert_acknowledgements k ON k.alert_id = a.id
                WHERE a.id = @id
                """, new { id }, cancellationToken: cancellationToken));
            if (state is null) return new AcknowledgeResult(AcknowledgeOutcome.NotFound, null);
            var acknowledgement = state.ToAcknowledgement();
            if (inserted) return new AcknowledgeResult(AcknowledgeOutcome.Acknowledged, acknowledgement);
            return state.ResolvedAt is not null
                ? new AcknowledgeResult(AcknowledgeOutcome.Resolved, acknowledgement)
                : new AcknowledgeResult(AcknowledgeOutcome.AlreadyAcknowledged, acknowledgement);
        }, cancellationToken);

    public async Task<IReadOnlyList<AlertAcknowledgement>> ListAcknowledgementsAsync(IReadOnlyCollection<Guid> alertIds,
        CancellationToken cancellationToken)
    {
        if (alertIds.Count == 0) return [];
        await using var connection = await sql.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<AcknowledgementRow>(new CommandDefinition($"""
            SELECT alert_id, NULL AS resolved_at, acknowledged_by, acknowledged_at FROM alert_acknowledgements
            WHERE {sql.IsIn("alert_id", "@ids")}
            """, new { ids = sql.List(alertIds) }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToAcknowledgement()!).ToList();
    }

    public Task StartSilenceAsync(AlertSilence silence, CancellationToken cancellationToken) =>
        sql.WriteAsync(async () =>
        {
            await using var connection = await sql.OpenAsync(cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition($"""
                INSERT INTO alert_silences ({SilenceColumns})
                VALUES (@Id, @Monitor, @Subject, @Reason, @CreatedBy, @CreatedAt, @SilencedUntil, @EndedBy, @EndedAt)
                """, new
            {
                Id = sql.Id(silence.Id),
                silence.Monitor,
                silence.Subject,
                silence.Reason,
                silence.CreatedBy,
                CreatedAt = sql.Time(silence.CreatedAt),
                SilencedUntil = sql.Time(silence.SilencedUntil),
                silence.EndedBy,
                EndedAt = sql.Time(silence.EndedAt),
            }, cancellationToken: cancellationToken));
        }, cancellationToken);

    public Task<SilenceEndResult> EndSilenceAsync(Guid silenceId, string endedBy, DateTimeOffset at,
        CancellationToken cancellationToken) =>
        sql.WriteAsync(async () =>
        {
            await using var connection = await sql.OpenAsync(cancellationToken);
            var id = sql.Id(silenceId);
            var ended = await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE alert_silences SET ended_by = @endedBy, ended_at = @at WHERE id = @id AND ended_at IS NULL AND silenced_until > @at",
                new { id, endedBy, at = sql.Time(at) }, cancellationToken: cancellationToken)) == 1;
            var row = await connection.QuerySingleOrDefaultAsync<SilenceRow>(new CommandDefinition(
                $"SELECT {SilenceColumns} FROM alert_silences WHERE id = @id", new { id }, cancellationToken: cancellationToken));
            if (row is null) return new SilenceEndResult(SilenceEndOutcome.NotFound, null);
            return new SilenceEndResult(ended ? SilenceEndOutcome.Ended : SilenceEndOutcome.AlreadyOver, row.ToSilence());
        }, cancellationToken);

    public async Task<IReadOnlyList<AlertSilence>> ListRunningSilencesAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await sql.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<SilenceRow>(new CommandDefinition($"""
            SELECT {SilenceColumns} FROM alert_silences
            WHERE ended_at IS NULL AND silenced_until > @now AND created_at <= @now
            ORDER BY silenced_until, id
            """, new { now = sql.Time(now) }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToSilence()).ToList();
    }

    private sealed class AcknowledgementRow
    {
        public object AlertId { get; set; } = "";
        public object? ResolvedAt { get; set; }
        public string? AcknowledgedBy { get; set; }
        public object? AcknowledgedAt { get; set; }

        public AlertAcknowledgement? ToAcknowledgement() => AcknowledgedBy is null || StoredValues.OptionalTime(AcknowledgedAt) is not { } at
            ? null
            : new AlertAcknowledgement(StoredValues.Id(AlertId), AcknowledgedBy, at);
    }

    private sealed class SilenceRow
    {
        public object Id { get; set; } = "";
        public string Monitor { get; set; } = "";
        public string? Subject { get; set; }
        public string Reason { get; set; } = "";
        public string CreatedBy { get; set; } = "";
        public object CreatedAt { get; set; } = 0L;
        public object SilencedUntil { get; set; } = 0L;
        public string? EndedBy { get; set; }
        public object? EndedAt { get; set; }

        public AlertSilence ToSilence() => new(StoredValues.Id(Id), Monitor, Subject, Reason, CreatedBy, StoredValues.Time(CreatedAt),
            StoredValues.Time(SilencedUntil), EndedBy, StoredValues.OptionalTime(EndedAt));
    }

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
