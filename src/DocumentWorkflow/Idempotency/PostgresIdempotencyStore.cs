using Dapper;
using DocumentUploads.Contracts.Workflow;
using DocumentUploads.DocumentWorkflow.Storage.Postgres;
using Npgsql;

namespace DocumentUploads.DocumentWorkflow.Idempotency;

/// <summary>Idempotency keys in the PostgreSQL database shared by all replicas (migration 003).</summary>
public sealed class PostgresIdempotencyStore(NpgsqlDataSource dataSource) : IIdempotencyStore
{
    public async Task<ReservationResult> ReserveAsync(IdempotencyKeyReservationRequest request, DateTimeOffset now,
        TimeSpan abandonAfter, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var key = new { request.ParticipantId, request.Key, request.DocumentId, request.Fingerprint, at = PostgresTimes.Write(now) };

        // A racing insert of the same key waits here for the other transaction, then does nothing.
        var inserted = await connection.ExecuteAsync(new CommandDefinition(IdempotencySql.Insert, key, transaction, cancellationToken: cancellationToken));
        if (inserted == 1)
        {
            await transaction.CommitAsync(cancellationToken);
            return new ReservationResult(ReservationOutcome.Reserved, request.DocumentId);
        }

        // FOR UPDATE: racing take-overs of a stale or released key queue on the row; the second one reads the
        // first one's reservation (READ COMMITTED re-reads a locked row) and is told in_progress.
        var row = await connection.QuerySingleAsync<KeyRow>(new CommandDefinition("""
            SELECT k.request_fingerprint AS Fingerprint, k.document_id AS DocumentId, k.state AS State,
                   k.reserved_at AS ReservedAt,
                   EXISTS (SELECT 1 FROM documents d
                           WHERE d.id = k.document_id AND d.provider_request_id IS NOT NULL) AS DocumentAccepted
            FROM idempotency_keys k
            WHERE k.participant_id = @ParticipantId AND k.key = @Key
            FOR UPDATE OF k
            """, key, transaction, cancellationToken: cancellationToken));
        var decision = ReservationRules.Decide(row.ToStored(), request, now, abandonAfter);
        var write = decision.Write switch
        {
            ReservationWrite.TakeOver => IdempotencySql.TakeOver,
            ReservationWrite.MarkCompleted => IdempotencySql.MarkCompleted,
            _ => null,
        };
        if (write is not null) await connection.ExecuteAsync(new CommandDefinition(write, key, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return decision.Result;
    }

    public async Task<bool> CompleteAsync(IdempotencyKeyAttempt attempt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(IdempotencySql.Complete, new { attempt.ParticipantId, attempt.Key, attempt.DocumentId, at = PostgresTimes.Write(now) },
            cancellationToken: cancellationToken)) == 1;
    }

    public async Task<bool> ReleaseAsync(IdempotencyKeyAttempt attempt, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(IdempotencySql.Release, new { attempt.ParticipantId, attempt.Key, attempt.DocumentId }, cancellationToken: cancellationToken)) == 1;
    }

    public async Task<int> PurgeAsync(DateTimeOffset createdBefore, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(IdempotencySql.Purge,
            new { before = PostgresTimes.Write(createdBefore), limit }, cancellationToken: cancellationToken));
    }

    private sealed class KeyRow
    {
        public string Fingerprint { get; set; } = "";
        public Guid DocumentId { get; set; }
        public string State { get; set; } = "";
        public DateTime ReservedAt { get; set; }
        public bool DocumentAccepted { get; set; }

        public StoredReservation ToStored() => new(Fingerprint, DocumentId, State,
            PostgresTimes.Read(ReservedAt), DocumentAccepted);
    }
}
