using Dapper;
using DocumentUploads.Contracts.Workflow;
using DocumentUploads.DocumentWorkflow.Storage;

namespace DocumentUploads.DocumentWorkflow.Idempotency;

/// <summary>Idempotency keys in the same database as the documents (migration 003): a reservation reads whether
/// its attempt's document was registered.</summary>
public sealed class IdempotencyStore(SqlDialect sql) : IIdempotencyStore
{
    public Task<ReservationResult> ReserveAsync(IdempotencyKeyReservationRequest request, DateTimeOffset now,
        TimeSpan abandonAfter, CancellationToken cancellationToken) =>
        sql.WriteAsync(async () =>
        {
            await using var connection = await sql.OpenAsync(cancellationToken);
            // On SQLite this BEGIN IMMEDIATE takes the write lock before reading, so racing reservations from any
            // process on the file queue here; on PostgreSQL a racing insert of the same key waits, then does nothing.
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var key = new
            {
                request.ParticipantId, request.Key, DocumentId = sql.Id(request.DocumentId), request.Fingerprint, at = sql.Time(now),
            };

            var inserted = await connection.ExecuteAsync(new CommandDefinition(IdempotencySql.Insert, key, transaction,
                cancellationToken: cancellationToken));
            if (inserted == 1)
            {
                await transaction.CommitAsync(cancellationToken);
                return new ReservationResult(ReservationOutcome.Reserved, request.DocumentId);
            }

            // Locking the row (PostgreSQL): racing take-overs of a stale or released key queue on it; the second one
            // reads the first one's reservation (READ COMMITTED re-reads a locked row) and is told in_progress.
            var row = await connection.QuerySingleAsync<KeyRow>(new CommandDefinition($"""
                SELECT k.request_fingerprint AS Fingerprint, k.document_id AS DocumentId, k.state AS State,
                       k.reserved_at AS ReservedAt,
                       EXISTS (SELECT 1 FROM documents d
                               WHERE d.id = k.document_id AND d.provider_request_id IS NOT NULL) AS DocumentAccepted
                FROM idempotency_keys k
                WHERE k.participant_id = @ParticipantId AND k.key = @Key
                {sql.LockRows("k")}
                """, key, transaction, cancellationToken: cancellationToken));
            var decision = ReservationRules.Decide(row.ToStored(), request, now, abandonAfter);
            var write = decision.Write switch
            {
                ReservationWrite.TakeOver => IdempotencySql.TakeOver,
                ReservationWrite.MarkCompleted => IdempotencySql.MarkCompleted,
                _ => null,
            };
            if (write is not null)
            {
                await connection.ExecuteAsync(new CommandDefinition(write, key, transaction, cancellationToken: cancellationToken));
            }
            await transaction.CommitAsync(cancellationToken);
            return decision.Result;
        }, cancellationToken);

    public Task<bool> CompleteAsync(IdempotencyKeyAttempt attempt, DateTimeOffset now, CancellationToken cancellationToken) =>
        sql.WriteAsync(async () =>
        {
            await using var connection = await sql.OpenAsync(cancellationToken);
            return await connection.ExecuteAsync(new CommandDefinition(IdempotencySql.Complete,
                new { attempt.ParticipantId, attempt.Key, DocumentId = sql.Id(attempt.DocumentId), at = sql.Time(now) },
                cancellationToken: cancellationToken)) == 1;
        }, cancellationToken);

    public Task<bool> ReleaseAsync(IdempotencyKeyAttempt attempt, CancellationToken cancellationToken) =>
        sql.WriteAsync(async () =>
        {
            await using var connection = await sql.OpenAsync(cancellationToken);
            return await connection.ExecuteAsync(new CommandDefinition(IdempotencySql.Release,
                new { attempt.ParticipantId, attempt.Key, DocumentId = sql.Id(attempt.DocumentId) },
                cancellationToken: cancellationToken)) == 1;
        }, cancellationToken);

    public Task<int> PurgeAsync(DateTimeOffset createdBefore, int limit, CancellationToken cancellationToken) =>
        sql.WriteAsync(async () =>
        {
            await using var connection = await sql.OpenAsync(cancellationToken);
            return await connection.ExecuteAsync(new CommandDefinition(IdempotencySql.Purge,
                new { before = sql.Time(createdBefore), limit }, cancellationToken: cancellationToken));
        }, cancellationToken);

    private sealed class KeyRow
    {
        public string Fingerprint { get; set; } = "";
        public object DocumentId { get; set; } = "";
        public string State { get; set; } = "";
        public object ReservedAt { get; set; } = 0L;
        public object DocumentAccepted { get; set; } = false;

        public StoredReservation ToStored() => new(Fingerprint, StoredValues.Id(DocumentId), State,
            StoredValues.Time(ReservedAt), StoredValues.Flag(DocumentAccepted));
    }
}
