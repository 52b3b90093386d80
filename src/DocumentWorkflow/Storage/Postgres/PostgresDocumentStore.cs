using Dapper;
using DocumentUploads.DocumentWorkflow.Domain;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace DocumentUploads.DocumentWorkflow.Storage.Postgres;

/// <summary>The server store: PostgreSQL through one pooled <see cref="NpgsqlDataSource"/>. Same
/// semantics as the SQLite store; page writes are set-based (see <see cref="PollResultsBatch"/>).</summary>
public sealed class PostgresDocumentStore(NpgsqlDataSource dataSource, ILogger<PostgresDocumentStore> logger) : IDocumentStore
{
    /// <summary>Advisory lock key held while migrating, so replicas starting together take turns.
    /// Advisory locks are per database, so this only serializes migrations of the same database.</summary>
    private const long MigrationLockKey = 0x0D0C_F10F_5C4E_4D41;

    private const string PendingStatuses = "('submitted', 'in_progress', 'timed_out')";

    static PostgresDocumentStore() => DefaultTypeMap.MatchNamesWithUnderscores = true;

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        // A session lock spans the runner's per-script transactions; a second replica waits here
        // and then finds every script already recorded. It asks again every 200 ms instead of waiting
        // inside pg_advisory_lock: a statement waiting that way holds a snapshot, which CREATE INDEX
        // CONCURRENTLY (migration 010) waits for while the waiter waits for it, a deadlock.
        while (!await connection.ExecuteScalarAsync<bool>(new CommandDefinition("SELECT pg_try_advisory_lock(@key)",
                   new { key = MigrationLockKey }, cancellationToken: cancellationToken)))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
        }
        try
        {
            await new SqlMigrationRunner("Storage.Postgres.Migrations", logger).ApplyAsync(connection, cancellationToken);
        }
        finally
        {
            // Closing the session would release it too; unlock explicitly so the pooled connection is clean.
            if (connection.State == System.Data.ConnectionState.Open)
            {
                await connection.ExecuteAsync("SELECT pg_advisory_unlock(@key)", new { key = MigrationLockKey });
            }
        }
    }

    public async Task<RegistrationResult> RegisterAsync(NewDocument document, Transition initial, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var created = await connection.QuerySingleOrDefaultAsync<DocumentRow>(new CommandDefinition($"""
            WITH created AS (
                INSERT INTO documents (id, provider, provider_request_id, claim_id, participant_id, document_type, file_name,
                                       tracked_item_ids, status, step, error, created_at, updated_at, version,
                                       form526_submission_id, form526_kind, attachment_id)
                VALUES (@Id, @Provider, @ProviderRequestId, @ClaimId, @ParticipantId, @DocumentType, @FileName,
                        @TrackedItemIds, @Status, NULL, @Error, @At, @At, 0,
                        @Form526SubmissionId, @Form526Kind, @AttachmentId)
                ON CONFLICT DO NOTHING
                RETURNING {DocumentRow.Columns}
            ),
            history AS (
                INSERT INTO document_transitions (document_seq, from_status, from_step, to_status, step, detail, provider_status, kind, at)
                SELECT seq, @FromStatus, @FromStep, @Status, @Step, @Error, @ProviderStatus, @Kind, @At FROM created
            )
            SELECT {DocumentRow.Columns} FROM created
            """, new
        {
            document.Id,
            document.Provider,
            document.ProviderRequestId,
            document.ClaimId,
            document.ParticipantId,
            document.DocumentType,
            document.FileName,
            TrackedItemIds = document.TrackedItemIds.ToArray(),
            Status = initial.To.ToStatus(),
            Error = initial.Detail,
            At = PostgresTimes.Write(initial.At),
            FromStatus = initial.From?.ToStatus(),
            initial.FromStep,
            initial.Step,
            initial.ProviderStatus,
            Kind = TransitionKinds.ToName(initial.Kind),
            document.Form526SubmissionId,
            document.Form526Kind,
            document.AttachmentId,
        }, transaction, cancellationToken: cancellationToken));

        if (created is not null)
        {
            await transaction.CommitAsync(cancellationToken);
            return new RegistrationResult(created.ToDocument(), Created: true);
        }

        // The same id or provider request id was registered before (a retry). ON CONFLICT waited for
        // a racing registration to commit, so this new statement sees its row.
        var existing = await connection.QuerySingleAsync<DocumentRow>(new CommandDefinition($"""
            SELECT {DocumentRow.Columns} FROM documents
            WHERE id = @Id OR (provider = @Provider AND provider_request_id = @ProviderRequestId)
            LIMIT 1
            """, new { document.Id, document.Provider, document.ProviderRequestId }, transaction,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return new RegistrationResult(existing.ToDocument(), Created: false);
    }

    public async Task<TrackedDocument?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<DocumentRow>(new CommandDefinition(
            $"SELECT {DocumentRow.Columns} FROM documents WHERE id = @id", new { id }, cancellationToken: cancellationToken));
        return row?.ToDocument();
    }

    public async Task<IReadOnlyList<Transition>> GetHistoryAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<TransitionRow>(new CommandDefinition("""
            SELECT t.from_status, t.from_step, t.to_status, t.step, t.detail, t.provider_status, t.kind, t.at
            FROM document_transitions t JOIN documents d ON d.seq = t.document_seq
            WHERE d.id = @id ORDER BY t.id
            """, new { id }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToTransition()).ToList();
    }

    public async Task<IReadOnlyList<TrackedDocument>> ListForClaimAsync(string participantId, string claimId, long? beforeSeq, int limit,
        CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<DocumentRow>(new CommandDefinition(
            $"""
            SELECT {DocumentRow.Columns} FROM documents
            WHERE participant_id = @participantId AND claim_id = @claimId AND seq < @beforeSeq
            ORDER BY seq DESC
            LIMIT @limit
            """, new { participantId, claimId, beforeSeq = beforeSeq ?? long.MaxValue, limit }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToDocument()).ToList();
    }

    public async Task<IReadOnlyList<PendingDocument>> GetPendingPageAsync(long afterSeq, int limit,
        DateTimeOffset timedOutPolledBefore, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        // The status list is spelled out exactly as in ix_documents_pending's predicate so the
        // planner can prove the partial index applies and walk it in seq order.
        var rows = await connection.QueryAsync<PendingRow>(new CommandDefinition($"""
            SELECT seq, id, provider, provider_request_id, document_type, status, step, created_at, version
            FROM documents
            WHERE seq > @afterSeq AND status IN {PendingStatuses}
              AND (status <> 'timed_out' OR last_polled_at IS NULL OR last_polled_at < @cut)
            ORDER BY seq
            LIMIT @limit
            """, new { afterSeq, limit, cut = PostgresTimes.Write(timedOutPolledBefore) },
            cancellationToken: cancellationToken));
        return rows.Select(r => r.ToPending()).ToList();
    }

    public async Task<PollPageResult> ApplyPollResultsAsync(IReadOnlyList<DocumentChange> changes,
        IReadOnlyList<long> polledSeqs, DateTimeOffset polledAt, CancellationToken cancellationToken)
    {
        if (changes.Count == 0 && polledSeqs.Count == 0) return new PollPageResult([], 0);

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var applied = new List<DocumentChange>(changes.Count);
        await using (var batch = PollResultsBatch.Create(connection, transaction, changes, polledSeqs, polledAt))
        await using (var reader = await batch.ExecuteReaderAsync(cancellationToken))
        {
            if (changes.Count > 0)
            {
                var positions = new List<long>(changes.Count);
                while (await reader.ReadAsync(cancellationToken)) positions.Add(reader.GetInt64(0));
                positions.Sort(); // RETURNING order is unspecified; report applied changes in page order
                applied.AddRange(positions.Select(ord => changes[(int)ord - 1]));
            }
        }
        await transaction.CommitAsync(cancellationToken);
        return new PollPageResult(applied, changes.Count - applied.Count);
    }

    public async Task<bool> TryAcquireLeaseAsync(string name, string holder, DateTimeOffset now, TimeSpan duration,
        CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO leases (name, holder, expires_at) VALUES (@name, @holder, @expires)
            ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
            WHERE leases.expires_at <= @now OR leases.holder = excluded.holder
            """, new { name, holder, now = PostgresTimes.Write(now), expires = PostgresTimes.Write(now + duration) },
            cancellationToken: cancellationToken));
        return changed == 1;
    }

    public async Task ReleaseLeaseAsync(string name, string holder, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM leases WHERE name = @name AND holder = @holder",
            new { name, holder }, cancellationToken: cancellationToken));
    }

    public async Task SaveCycleAsync(PollCycleRecord cycle, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO poll_cycles (id, trigger, started_at, finished_at, outcome, documents_polled, transitions,
                                     transitions_by_kind, provider_errors, unexpected_ids, conflicts, message,
                                     provider_errors_by_provider, provider_batches_by_provider)
            VALUES (@Id, @Trigger, @StartedAt, @FinishedAt, @Outcome, @DocumentsPolled, @Transitions,
                    @TransitionsByKind::jsonb, @ProviderErrors, @UnexpectedIds, @Conflicts, @Message,
                    @ProviderErrorsByProvider::jsonb, @ProviderBatchesByProvider::jsonb)
            ON CONFLICT (id) DO UPDATE SET finished_at = excluded.finished_at, outcome = excluded.outcome,
                documents_polled = excluded.documents_polled, transitions = excluded.transitions,
                transitions_by_kind = excluded.transitions_by_kind, provider_errors = excluded.provider_errors,
                unexpected_ids = excluded.unexpected_ids, conflicts = excluded.conflicts, message = excluded.message,
                provider_errors_by_provider = excluded.provider_errors_by_provider,
                provider_batches_by_provider = excluded.provider_batches_by_provider
            """, PollCycleRow.ParametersFor(cycle), cancellationToken: cancellationToken));
    }

    public async Task<int> AbandonRunningCyclesAsync(Guid exceptId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE poll_cycles SET outcome = 'abandoned', finished_at = @now,
                message = 'The process running this cycle stopped before it finished.'
            WHERE outcome = 'running' AND id <> @exceptId
            """, new { now = PostgresTimes.Write(now), exceptId }, cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<PollCycleRecord>> RecentCyclesAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<PollCycleRow>(new CommandDefinition("""
            SELECT id, trigger, started_at, finished_at, outcome, documents_polled, transitions,
                   transitions_by_kind::text AS transitions_by_kind, provider_errors, unexpected_ids, conflicts, message,
                   provider_errors_by_provider::text AS provider_errors_by_provider,
                   provider_batches_by_provider::text AS provider_batches_by_provider
            FROM poll_cycles ORDER BY started_at DESC LIMIT @limit
            """, new { limit }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToRecord()).ToList();
    }
}
