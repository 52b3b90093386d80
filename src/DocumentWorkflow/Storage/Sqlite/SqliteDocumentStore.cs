using System.Text.Json;
using Dapper;
using DocumentUploads.DocumentWorkflow.Domain;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace DocumentUploads.DocumentWorkflow.Storage.Sqlite;

/// <summary>The embedded store: one SQLite file in WAL mode. Each call opens a pooled
/// connection, so concurrent requests and the poller do not share one.</summary>
public sealed class SqliteDocumentStore(string connectionString, ILogger<SqliteDocumentStore> logger) : IDocumentStore
{
    private const string PendingStatuses = "('submitted', 'in_progress', 'timed_out')";

    private const string DocumentColumns = """
        seq, id, provider, provider_request_id, claim_id, participant_id, document_type, file_name,
        tracked_item_ids, status, step, error, created_at, updated_at, last_polled_at, version,
        form526_submission_id, form526_kind, attachment_id
        """;

    private const string InsertTransitionSql = """
        INSERT INTO document_transitions (document_seq, from_status, from_step, to_status, step, detail, provider_status, kind, at)
        VALUES (@seq, @From, @FromStep, @To, @Step, @Detail, @ProviderStatus, @Kind, @At)
        """;

    // Concurrent poll page writes and lease renewals stalled whole cycles on SQLITE_BUSY before they queued here.
    private readonly SqliteWriteGate _writes = SqliteWriteGate.For(connectionString);

    static SqliteDocumentStore() => DefaultTypeMap.MatchNamesWithUnderscores = true;

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        // WAL lets the poller write while API requests read; it persists in the file.
        await connection.ExecuteAsync("PRAGMA journal_mode=WAL;");
        await new SqlMigrationRunner("Storage.Sqlite.Migrations", logger).ApplyAsync(connection, cancellationToken);
    }

    public Task<RegistrationResult> RegisterAsync(NewDocument document, Transition initial, CancellationToken cancellationToken) =>
        _writes.WriteAsync(() => InsertDocumentAsync(document, initial, cancellationToken), cancellationToken);

    private async Task<RegistrationResult> InsertDocumentAsync(NewDocument document, Transition initial, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var at = initial.At.ToUnixTimeMilliseconds();
        var seq = await connection.ExecuteScalarAsync<long?>(new CommandDefinition("""
            INSERT INTO documents (id, provider, provider_request_id, claim_id, participant_id, document_type, file_name,
                                   tracked_item_ids, status, step, error, created_at, updated_at, version,
                                   form526_submission_id, form526_kind, attachment_id)
            VALUES (@Id, @Provider, @ProviderRequestId, @ClaimId, @ParticipantId, @DocumentType, @FileName,
                    @TrackedItemIds, @Status, NULL, @Error, @At, @At, 0,
                    @Form526SubmissionId, @Form526Kind, @AttachmentId)
            ON CONFLICT DO NOTHING
            RETURNING seq
            """, new
        {
            Id = document.Id.ToString(),
            document.Provider,
            document.ProviderRequestId,
            document.ClaimId,
            document.ParticipantId,
            document.DocumentType,
            document.FileName,
            TrackedItemIds = JsonSerializer.Serialize(document.TrackedItemIds),
            Status = initial.To.ToStatus(),
            Error = initial.Detail,
            At = at,
            document.Form526SubmissionId,
            document.Form526Kind,
            document.AttachmentId,
        }, transaction, cancellationToken: cancellationToken));

        if (seq is null) // the same id or provider request id was registered before: a retry
        {
            var existing = await connection.QuerySingleAsync<DocumentRow>(new CommandDefinition(
                $"SELECT {DocumentColumns} FROM documents WHERE id = @Id OR (provider = @Provider AND provider_request_id = @ProviderRequestId) LIMIT 1",
                new { Id = document.Id.ToString(), document.Provider, document.ProviderRequestId }, transaction,
                cancellationToken: cancellationToken));
            await transaction.CommitAsync(cancellationToken);
            return new RegistrationResult(existing.ToDocument(), Created: false);
        }

        await InsertTransitionAsync(connection, transaction, seq.Value, initial, cancellationToken);
        var created = await connection.QuerySingleAsync<DocumentRow>(new CommandDefinition(
            $"SELECT {DocumentColumns} FROM documents WHERE seq = @seq", new { seq }, transaction,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return new RegistrationResult(created.ToDocument(), Created: true);
    }

    public async Task<TrackedDocument?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<DocumentRow>(new CommandDefinition(
            $"SELECT {DocumentColumns} FROM documents WHERE id = @id", new { id = id.ToString() },
            cancellationToken: cancellationToken));
        return row?.ToDocument();
    }

    public async Task<IReadOnlyList<Transition>> GetHistoryAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<TransitionRow>(new CommandDefinition("""
            SELECT t.from_status, t.from_step, t.to_status, t.step, t.detail, t.provider_status, t.kind, t.at
            FROM document_transitions t JOIN documents d ON d.seq = t.document_seq
            WHERE d.id = @id ORDER BY t.id
            """, new { id = id.ToString() }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToTransition()).ToList();
    }

    public async Task<IReadOnlyList<TrackedDocument>> ListForClaimAsync(string participantId, string claimId, long? beforeSeq, int limit,
        CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<DocumentRow>(new CommandDefinition(
            $"""
            SELECT {DocumentColumns} FROM documents
            WHERE participant_id = @participantId AND claim_id = @claimId AND seq < @beforeSeq
            ORDER BY seq DESC
            LIMIT @limit
            """, new { participantId, claimId, beforeSeq = beforeSeq ?? long.MaxValue, limit }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToDocument()).ToList();
    }

    public async Task<IReadOnlyList<PendingDocument>> GetPendingPageAsync(long afterSeq, int limit,
        DateTimeOffset timedOutPolledBefore, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<PendingRow>(new CommandDefinition($"""
            SELECT seq, id, provider, provider_request_id, document_type, status, step, created_at, version
            FROM documents INDEXED BY ix_documents_pending
            WHERE seq > @afterSeq AND status IN {PendingStatuses}
              AND (status <> 'timed_out' OR last_polled_at IS NULL OR last_polled_at < @cut)
            ORDER BY seq
            LIMIT @limit
            """, new { afterSeq, limit, cut = timedOutPolledBefore.ToUnixTimeMilliseconds() },
            cancellationToken: cancellationToken));
        return rows.Select(r => r.ToPending()).ToList();
    }

    public async Task<PollPageResult> ApplyPollResultsAsync(IReadOnlyList<DocumentChange> changes,
        IReadOnlyList<long> polledSeqs, DateTimeOffset polledAt, CancellationToken cancellationToken)
    {
        return await _writes.WriteAsync(async () =>
        {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var at = polledAt.ToUnixTimeMilliseconds();
        var applied = await UpdateChangedAsync(connection, transaction, changes, at, cancellationToken);
        await InsertTransitionsAsync(connection, transaction, applied, cancellationToken);
        await MarkPolledAsync(connection, transaction, polledSeqs, at, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new PollPageResult(applied, changes.Count - applied.Count);
        }, cancellationToken);
    }

    // Each change applies only if the document is still at its expected version.
    private static async Task<List<DocumentChange>> UpdateChangedAsync(SqliteConnection connection, SqliteTransaction transaction,
        IReadOnlyList<DocumentChange> changes, long at, CancellationToken cancellationToken)
    {
        var applied = new List<DocumentChange>(changes.Count);
        await using var update = connection.CreateCommand();
        update.Transaction = transaction;
        update.CommandText = """
            UPDATE documents
            SET status = $status, step = $step, error = $error, updated_at = $at, last_polled_at = $at, version = version + 1
            WHERE seq = $seq AND version = $version
            """;
        var status = update.Parameters.Add("$status", SqliteType.Text);
        var step = update.Parameters.Add("$step", SqliteType.Text);
        var error = update.Parameters.Add("$error", SqliteType.Text);
        update.Parameters.AddWithValue("$at", at);
        var seq = update.Parameters.Add("$seq", SqliteType.Integer);
        var version = update.Parameters.Add("$version", SqliteType.Integer);
        foreach (var change in changes)
        {
            var t = change.Transition;
            status.Value = t.To.ToStatus();
            step.Value = (object?)t.Step ?? DBNull.Value;
            // The error column holds the provider's detail while the document is failed (or
            // similar); it is cleared when the document moves on.
            error.Value = (object?)(t.To is DocumentState.InProgress or DocumentState.Completed ? null : t.Detail) ?? DBNull.Value;
            seq.Value = change.Seq;
            version.Value = change.ExpectedVersion;
            if (await update.ExecuteNonQueryAsync(cancellationToken) == 1) applied.Add(change);
        }
        return applied;
    }

    // One prepared statement for the page's history entries (not one Dapper call per entry).
    private static async Task InsertTransitionsAsync(SqliteConnection connection, SqliteTransaction transaction,
        IReadOnlyList<DocumentChange> applied, CancellationToken cancellationToken)
    {
        if (applied.Count == 0) return;
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = InsertTransitionSql;
        var seq = insert.Parameters.Add("@seq", SqliteType.Integer);
        var from = insert.Parameters.Add("@From", SqliteType.Text);
        var fromStep = insert.Parameters.Add("@FromStep", SqliteType.Text);
        var to = insert.Parameters.Add("@To", SqliteType.Text);
        var step = insert.Parameters.Add("@Step", SqliteType.Text);
        var detail = insert.Parameters.Add("@Detail", SqliteType.Text);
        var providerStatus = insert.Parameters.Add("@ProviderStatus", SqliteType.Text);
        var kind = insert.Parameters.Add("@Kind", SqliteType.Text);
        var at = insert.Parameters.Add("@At", SqliteType.Integer);
        foreach (var change in applied)
        {
            var t = change.Transition;
            seq.Value = change.Seq;
            from.Value = (object?)t.From?.ToStatus() ?? DBNull.Value;
            fromStep.Value = (object?)t.FromStep ?? DBNull.Value;
            to.Value = t.To.ToStatus();
            step.Value = (object?)t.Step ?? DBNull.Value;
            detail.Value = (object?)t.Detail ?? DBNull.Value;
            providerStatus.Value = (object?)t.ProviderStatus ?? DBNull.Value;
            kind.Value = TransitionKinds.ToName(t.Kind);
            at.Value = t.At.ToUnixTimeMilliseconds();
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    // One statement for the whole page: the seqs go in as a JSON array, unpacked by json_each.
    private static async Task MarkPolledAsync(SqliteConnection connection, SqliteTransaction transaction,
        IReadOnlyList<long> polledSeqs, long at, CancellationToken cancellationToken)
    {
        if (polledSeqs.Count == 0) return;
        await using var touch = connection.CreateCommand();
        touch.Transaction = transaction;
        touch.CommandText = "UPDATE documents SET last_polled_at = $at WHERE seq IN (SELECT value FROM json_each($seqs))";
        touch.Parameters.AddWithValue("$at", at);
        touch.Parameters.AddWithValue("$seqs", JsonSerializer.Serialize(polledSeqs));
        await touch.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<bool> TryAcquireLeaseAsync(string name, string holder, DateTimeOffset now, TimeSpan duration,
        CancellationToken cancellationToken)
    {
        return await _writes.WriteAsync(async () =>
        {
        await using var connection = await OpenAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO leases (name, holder, expires_at) VALUES (@name, @holder, @expires)
            ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
            WHERE leases.expires_at <= @now OR leases.holder = excluded.holder
            """, new { name, holder, now = now.ToUnixTimeMilliseconds(), expires = (now + duration).ToUnixTimeMilliseconds() },
            cancellationToken: cancellationToken));
        return changed == 1;
        }, cancellationToken);
    }

    public async Task ReleaseLeaseAsync(string name, string holder, CancellationToken cancellationToken)
    {
        await _writes.WriteAsync(async () =>
        {
        await using var connection = await OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM leases WHERE name = @name AND holder = @holder",
            new { name, holder }, cancellationToken: cancellationToken));
        }, cancellationToken);
    }

    public async Task SaveCycleAsync(PollCycleRecord cycle, CancellationToken cancellationToken)
    {
        await _writes.WriteAsync(async () =>
        {
        await using var connection = await OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO poll_cycles (id, trigger, started_at, finished_at, outcome, documents_polled, transitions,
                                     transitions_by_kind, provider_errors, unexpected_ids, conflicts, message,
                                     provider_errors_by_provider, provider_batches_by_provider)
            VALUES (@Id, @Trigger, @StartedAt, @FinishedAt, @Outcome, @DocumentsPolled, @Transitions,
                    @TransitionsByKind, @ProviderErrors, @UnexpectedIds, @Conflicts, @Message, @ProviderErrorsByProvider,
                    @ProviderBatchesByProvider)
            ON CONFLICT (id) DO UPDATE SET finished_at = excluded.finished_at, outcome = excluded.outcome,
                documents_polled = excluded.documents_polled, transitions = excluded.transitions,
                transitions_by_kind = excluded.transitions_by_kind, provider_errors = excluded.provider_errors,
                unexpected_ids = excluded.unexpected_ids, conflicts = excluded.conflicts, message = excluded.message,
                provider_errors_by_provider = excluded.provider_errors_by_provider,
                provider_batches_by_provider = excluded.provider_batches_by_provider
            """, PollCycleRow.From(cycle), cancellationToken: cancellationToken));
        }, cancellationToken);
    }

    public async Task<int> AbandonRunningCyclesAsync(Guid exceptId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        return await _writes.WriteAsync(async () =>
        {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE poll_cycles SET outcome = 'abandoned', finished_at = @now,
                message = 'The process running this cycle stopped before it finished.'
            WHERE outcome = 'running' AND id <> @exceptId
            """, new { now = now.ToUnixTimeMilliseconds(), exceptId = exceptId.ToString() }, cancellationToken: cancellationToken));
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<PollCycleRecord>> RecentCyclesAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<PollCycleRow>(new CommandDefinition(
            "SELECT * FROM poll_cycles ORDER BY started_at DESC LIMIT @limit", new { limit },
            cancellationToken: cancellationToken));
        return rows.Select(r => r.ToRecord()).ToList();
    }

    private static Task InsertTransitionAsync(SqliteConnection connection, SqliteTransaction transaction, long seq,
        Transition t, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(InsertTransitionSql, new
        {
            seq,
            From = t.From?.ToStatus(),
            t.FromStep,
            To = t.To.ToStatus(),
            t.Step,
            t.Detail,
            t.ProviderStatus,
            Kind = TransitionKinds.ToName(t.Kind),
            At = t.At.ToUnixTimeMilliseconds(),
        }, transaction, cancellationToken: cancellationToken));

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }
}
