using Dapper;
using DocumentUploads.DocumentWorkflow.Storage;

namespace DocumentUploads.DocumentWorkflow.Notices;

/// <summary>The failure-notice outbox in the service's database (migration 014).</summary>
public sealed class NoticeStore(SqlDialect sql) : INoticeStore
{
    public Task<IReadOnlyList<DueNotice>> ClaimDueAsync(DateTimeOffset now, DateTimeOffset claimUntil, int limit,
        CancellationToken cancellationToken) =>
        sql.WriteAsync<IReadOnlyList<DueNotice>>(async () =>
        {
            await using var connection = await sql.OpenAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var rows = (await connection.QueryAsync<DueRow>(new CommandDefinition($"""
                SELECT n.document_seq, n.reference, n.kind, n.attempts, d.id, d.participant_id, d.file_name, d.document_type,
                       d.status, d.created_at
                FROM document_notices n JOIN documents d ON d.seq = n.document_seq
                WHERE n.state = '{NoticeStates.Pending}' AND n.next_attempt_at <= @now
                ORDER BY n.next_attempt_at
                LIMIT @limit
                """, new { now = sql.Time(now), limit }, transaction, cancellationToken: cancellationToken))).ToList();
            var claimed = new List<DueNotice>(rows.Count);
            foreach (var row in rows)
            {
                // Another replica may have claimed it since the read: only the one whose update lands sends it.
                var taken = await connection.ExecuteAsync(new CommandDefinition($"""
                    UPDATE document_notices SET next_attempt_at = @claimUntil
                    WHERE document_seq = @seq AND state = '{NoticeStates.Pending}' AND next_attempt_at <= @now
                    """, new { seq = row.DocumentSeq, now = sql.Time(now), claimUntil = sql.Time(claimUntil) }, transaction,
                    cancellationToken: cancellationToken));
                if (taken == 1) claimed.Add(row.ToDue());
            }
            await transaction.CommitAsync(cancellationToken);
            return claimed;
        }, cancellationToken);

    public Task<bool> RecordAsync(long documentSeq, NoticeOutcome outcome, DateTimeOffset at, CancellationToken cancellationToken) =>
        sql.WriteAsync(async () =>
        {
            await using var connection = await sql.OpenAsync(cancellationToken);
            return await connection.ExecuteAsync(new CommandDefinition($"""
                UPDATE document_notices
                SET state = @state, attempts = attempts + @attempted, next_attempt_at = COALESCE(@next, next_attempt_at),
                    finished_at = @finished, notification_id = @notificationId, detail = @detail
                WHERE document_seq = @documentSeq AND state = '{NoticeStates.Pending}'
                """, new
            {
                documentSeq,
                state = outcome.State,
                attempted = outcome.Attempted ? 1 : 0,
                next = sql.Time(outcome.NextAttemptAt),
                finished = outcome.State == NoticeStates.Pending ? null : sql.Time(at),
                notificationId = outcome.NotificationId,
                detail = outcome.Detail,
            }, cancellationToken: cancellationToken)) == 1;
        }, cancellationToken);

    public async Task<NoticeRecord?> GetForDocumentAsync(Guid documentId, CancellationToken cancellationToken)
    {
        await using var connection = await sql.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<RecordRow>(new CommandDefinition("""
            SELECT n.kind, n.state, n.attempts, n.created_at, n.finished_at, n.next_attempt_at, n.notification_id, n.detail
            FROM document_notices n JOIN documents d ON d.seq = n.document_seq
            WHERE d.id = @id
            """, new { id = sql.Id(documentId) }, cancellationToken: cancellationToken));
        return row?.ToRecord();
    }

    public async Task<NoticeCounts> CountAsync(DateTimeOffset failedSince, DateTimeOffset overdueBefore, CancellationToken cancellationToken)
    {
        await using var connection = await sql.OpenAsync(cancellationToken);
        var byState = (await connection.QueryAsync<(string State, long Count)>(new CommandDefinition(
            "SELECT state, count(*) FROM document_notices GROUP BY state", cancellationToken: cancellationToken)))
            .ToDictionary(r => r.State, r => r.Count);
        var recent = await connection.QuerySingleAsync<(long FailedSince, long Overdue)>(new CommandDefinition($"""
            SELECT (SELECT count(*) FROM document_notices WHERE state = '{NoticeStates.Failed}' AND finished_at >= @failedSince),
                   (SELECT count(*) FROM document_notices WHERE state = '{NoticeStates.Pending}' AND created_at < @overdueBefore)
            """, new { failedSince = sql.Time(failedSince), overdueBefore = sql.Time(overdueBefore) },
            cancellationToken: cancellationToken));
        long Of(string state) => byState.GetValueOrDefault(state);
        return new NoticeCounts(Of(NoticeStates.Pending), Of(NoticeStates.Sent), Of(NoticeStates.Failed), Of(NoticeStates.Skipped),
            recent.FailedSince, recent.Overdue);
    }

    private sealed class DueRow
    {
        public long DocumentSeq { get; set; }
        public string Reference { get; set; } = "";
        public string Kind { get; set; } = "";
        public long Attempts { get; set; }
        public object Id { get; set; } = "";
        public string ParticipantId { get; set; } = "";
        public string FileName { get; set; } = "";
        public string DocumentType { get; set; } = "";
        public string Status { get; set; } = "";
        public object CreatedAt { get; set; } = 0L;

        public DueNotice ToDue() => new(DocumentSeq, StoredValues.Id(Id), Reference, Kind, (int)Attempts, ParticipantId, FileName,
            DocumentType, Status, StoredValues.Time(CreatedAt));
    }

    private sealed class RecordRow
    {
        public string Kind { get; set; } = "";
        public string State { get; set; } = "";
        public long Attempts { get; set; }
        public object CreatedAt { get; set; } = 0L;
        public object? FinishedAt { get; set; }
        public object NextAttemptAt { get; set; } = 0L;
        public string? NotificationId { get; set; }
        public string? Detail { get; set; }

        public NoticeRecord ToRecord() => new(Kind, State, (int)Attempts, StoredValues.Time(CreatedAt),
            StoredValues.OptionalTime(FinishedAt), StoredValues.Time(NextAttemptAt), NotificationId, Detail);
    }
}
