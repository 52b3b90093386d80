using System.Data;
using Dapper;
using DocumentUploads.Contracts.Workflow;
using DocumentUploads.DocumentWorkflow.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace DocumentUploads.DocumentWorkflow.Idempotency;

/// <summary>Idempotency keys in the same SQLite file as the documents (migration 003). Times are epoch milliseconds.</summary>
public sealed class SqliteIdempotencyStore(string connectionString) : IIdempotencyStore
{
    private readonly SqliteWriteGate _writes = SqliteWriteGate.For(connectionString);

    public Task<ReservationResult> ReserveAsync(IdempotencyKeyReservationRequest request, DateTimeOffset now,
        TimeSpan abandonAfter, CancellationToken cancellationToken) =>
        _writes.WriteAsync(() => ReserveLockedAsync(request, now, abandonAfter, cancellationToken), cancellationToken);

    private async Task<ReservationResult> ReserveLockedAsync(IdempotencyKeyReservationRequest request, DateTimeOffset now,
        TimeSpan abandonAfter, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        // BEGIN IMMEDIATE: takes the write lock before reading, so racing reservations (from any process on
        // this file) queue here instead of both reading the row and then failing to become the writer.
        await using var transaction = connection.BeginTransaction(IsolationLevel.Serializable, deferred: false);
        var at = now.ToUnixTimeMilliseconds();
        var key = new { request.ParticipantId, request.Key, DocumentId = request.DocumentId.ToString(), request.Fingerprint, at };

        var inserted = await connection.ExecuteAsync(new CommandDefinition(IdempotencySql.Insert, key, transaction, cancellationToken: cancellationToken));
        if (inserted == 1)
        {
            await transaction.CommitAsync(cancellationToken);
            return new ReservationResult(ReservationOutcome.Reserved, request.DocumentId);
        }

        var row = await connection.QuerySingleAsync<KeyRow>(new CommandDefinition("""
            SELECT k.request_fingerprint AS Fingerprint, k.document_id AS DocumentId, k.state AS State,
                   k.reserved_at AS ReservedAt,
                   EXISTS (SELECT 1 FROM documents d
                           WHERE d.id = k.document_id AND d.provider_request_id IS NOT NULL) AS DocumentAccepted
            FROM idempotency_keys k
            WHERE k.participant_id = @ParticipantId AND k.key = @Key
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

    public Task<bool> CompleteAsync(IdempotencyKeyAttempt attempt, DateTimeOffset now, CancellationToken cancellationToken) =>
        _writes.WriteAsync(async () =>
        {
            await using var connection = await OpenAsync(cancellationToken);
            return await connection.ExecuteAsync(new CommandDefinition(IdempotencySql.Complete, new { attempt.ParticipantId, attempt.Key, DocumentId = attempt.DocumentId.ToString(), at = now.ToUnixTimeMilliseconds() },
                cancellationToken: cancellationToken)) == 1;
        }, cancellationToken);

    public Task<bool> ReleaseAsync(IdempotencyKeyAttempt attempt, CancellationToken cancellationToken) =>
        _writes.WriteAsync(async () =>
        {
            await using var connection = await OpenAsync(cancellationToken);
            return await connection.ExecuteAsync(new CommandDefinition(IdempotencySql.Release, new { attempt.ParticipantId, attempt.Key, DocumentId = attempt.DocumentId.ToString() },
                cancellationToken: cancellationToken)) == 1;
        }, cancellationToken);

    public Task<int> PurgeAsync(DateTimeOffset createdBefore, int limit, CancellationToken cancellationToken) =>
        _writes.WriteAsync(async () =>
        {
            await using var connection = await OpenAsync(cancellationToken);
            return await connection.ExecuteAsync(new CommandDefinition(IdempotencySql.Purge,
                new { before = createdBefore.ToUnixTimeMilliseconds(), limit }, cancellationToken: cancellationToken));
        }, cancellationToken);

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private sealed class KeyRow
    {
        public string Fingerprint { get; set; } = "";
        public string DocumentId { get; set; } = "";
        public string State { get; set; } = "";
        public long ReservedAt { get; set; }
        public long DocumentAccepted { get; set; }

        public StoredReservation ToStored() => new(Fingerprint, Guid.Parse(DocumentId), State,
            DateTimeOffset.FromUnixTimeMilliseconds(ReservedAt), DocumentAccepted != 0);
    }
}
