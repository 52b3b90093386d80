using System.Data.Common;
using Dapper;
using DocumentUploads.DocumentWorkflow.Domain;
using DocumentUploads.DocumentWorkflow.Notices;
using Microsoft.Extensions.Logging;

namespace DocumentUploads.DocumentWorkflow.Storage;

/// <summary>The documents, their history, poll cycles and leases, on either database (see <see cref="SqlDialect"/>).</summary>
public sealed class DocumentStore(SqlDialect sql, ILogger<DocumentStore> logger) : IDocumentStore
{
    private const string PendingStatuses = "('submitted', 'in_progress', 'timed_out')";

    internal const string InsertTransitionSql = """
        INSERT INTO document_transitions (document_seq, from_status, from_step, to_status, step, detail, provider_status, kind, at)
        VALUES (@Seq, @From, @FromStep, @To, @Step, @Detail, @ProviderStatus, @Kind, @At)
        """;

    public Task InitializeAsync(CancellationToken cancellationToken) => sql.MigrateAsync(logger, cancellationToken);

    public Task<RegistrationResult> RegisterAsync(NewDocument document, Transition initial, CancellationToken cancellationToken) =>
        sql.WriteAsync(async () =>
        {
            await using var connection = await sql.OpenAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var created = await connection.QuerySingleOrDefaultAsync<DocumentRow>(new CommandDefinition($"""
                INSERT INTO documents (id, provider, provider_request_id, claim_id, participant_id, document_type, file_name,
                                       tracked_item_ids, status, step, error, created_at, updated_at, version,
                                       form526_submission_id, form526_kind, attachment_id)
                VALUES (@Id, @Provider, @ProviderRequestId, @ClaimId, @ParticipantId, @DocumentType, @FileName,
                        @TrackedItemIds, @Status, NULL, @Error, @At, @At, 0,
                        @Form526SubmissionId, @Form526Kind, @AttachmentId)
                ON CONFLICT DO NOTHING
                RETURNING {DocumentRow.Columns}
                """, new
            {
                Id = sql.Id(document.Id),
                document.Provider,
                document.ProviderRequestId,
                document.ClaimId,
                document.ParticipantId,
                document.DocumentType,
                document.FileName,
                TrackedItemIds = sql.List(document.TrackedItemIds),
                Status = initial.To.ToStatus(),
                Error = initial.Detail,
                At = sql.Time(initial.At),
                document.Form526SubmissionId,
                document.Form526Kind,
                document.AttachmentId,
            }, transaction, cancellationToken: cancellationToken));

            if (created is null)
            {
                // The same id or provider request id was registered before (a retry). On PostgreSQL ON CONFLICT
                // waited for a racing registration to commit, so this new statement sees its row.
                var existing = await connection.QuerySingleAsync<DocumentRow>(new CommandDefinition($"""
                    SELECT {DocumentRow.Columns} FROM documents
                    WHERE id = @Id OR (provider = @Provider AND provider_request_id = @ProviderRequestId)
                    LIMIT 1
                    """, new { Id = sql.Id(document.Id), document.Provider, document.ProviderRequestId }, transaction,
                    cancellationToken: cancellationToken));
                await transaction.CommitAsync(cancellationToken);
                return new RegistrationResult(existing.ToDocument(), Created: false);
            }

            await connection.ExecuteAsync(new CommandDefinition(InsertTransitionSql, new
            {
                created.Seq,
                From = initial.From?.ToStatus(),
                initial.FromStep,
                To = initial.To.ToStatus(),
                initial.Step,
                initial.Detail,
                initial.ProviderStatus,
                Kind = TransitionKinds.ToName(initial.Kind),
                At = sql.Time(initial.At),
            }, transaction, cancellationToken: cancellationToken));
            // A Form 526 pipeline upload the provider refused: the veteran was not there to see it, so tell them.
            if (initial.To == DocumentState.UploadFailed && document.Form526SubmissionId is not null)
            {
                await QueueNoticesAsync(connection, transaction, [created.Seq], initial.At, cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
            return new RegistrationResult(created.ToDocument(), Created: true);
        }, cancellationToken);

    public async Task<TrackedDocument?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await sql.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<DocumentRow>(new CommandDefinition(
            $"SELECT {DocumentRow.Columns} FROM documents WHERE id = @id", new { id = sql.Id(id) },
            cancellationToken: cancellationToken));
        return row?.ToDocument();
    }

    public async Task<IReadOnlyList<Transition>> GetHistoryAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await sql.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<TransitionRow>(new CommandDefinition("""
            SELECT t.from_status, t.from_step, t.to_status, t.step, t.detail, t.provider_status, t.kind, t.at
            FROM document_transitions t JOIN documents d ON d.seq = t.document_seq
            WHERE d.id = @id ORDER BY t.id
            """, new { id = sql.Id(id) }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToTransition()).ToList();
    }

    public async Task<IReadOnlyList<TrackedDocument>> ListForClaimAsync(string participantId, string claimId, long? beforeSeq, int limit,
        CancellationToken cancellationToken)
    {
        await using var connection = await sql.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<DocumentRow>(new CommandDefinition($"""
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
        await using var connection = await sql.OpenAsync(cancellationToken);
        // The status list is spelled out exactly as in ix_documents_pending's predicate so the
        // planner can prove the partial index applies and walk it in seq order.
        var rows = await connection.QueryAsync<PendingRow>(new CommandDefinition($"""
            SELECT {PendingRow.Columns}
            FROM documents {sql.UseIndex("ix_documents_pending")}
            WHERE seq > @afterSeq AND status IN {PendingStatuses}
              AND (status <> 'timed_out' OR last_polled_at IS NULL OR last_polled_at < @cut)
            ORDER BY seq
            LIMIT @limit
            """, new { afterSeq, limit, cut = sql.Time(timedOutPolledBefore) }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToPending()).ToList();
    }

    public async Task<PollPageResult> ApplyPollResultsAsync(IReadOnlyList<DocumentChange> changes,
        IReadOnlyList<long> polledSeqs, DateTimeOffset polledAt, CancellationToken cancellationToken)
    {
        if (changes.Count == 0 && polledSeqs.Count == 0) return new PollPageResult([], 0);
        return await sql.WriteAsync(async () =>
        {
            await using var connection = await sql.OpenAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var applied = await sql.WritePollPageAsync(connection, transaction, changes, polledSeqs, polledAt, cancellationToken);
            // In the same transaction as the transitions: a crash between them and the send loses no notice.
            var noticed = applied.Where(c => c.Transition.To is DocumentState.Failed or DocumentState.NotFound or DocumentState.TimedOut)
                .Select(c => c.Seq).ToList();
            if (noticed.Count > 0) await QueueNoticesAsync(connection, transaction, noticed, polledAt, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new PollPageResult(applied, changes.Count - applied.Count);
        }, cancellationToken);
    }

    private Task QueueNoticesAsync(DbConnection connection, DbTransaction transaction, IReadOnlyCollection<long> seqs,
        DateTimeOffset at, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(NoticeSql.Enqueue(sql), new { seqs = sql.List(seqs), at = sql.Time(at) },
            transaction, cancellationToken: cancellationToken));

    public Task<bool> TryAcquireLeaseAsync(string name, string holder, DateTimeOffset now, TimeSpan duration,
        CancellationToken cancellationToken) =>
        sql.WriteAsync(async () =>
        {
            await using var connection = await sql.OpenAsync(cancellationToken);
            return await connection.ExecuteAsync(new CommandDefinition("""
                INSERT INTO leases (name, holder, expires_at) VALUES (@name, @holder, @expires)
                ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
                WHERE leases.expires_at <= @now OR leases.holder = excluded.holder
                """, new { name, holder, now = sql.Time(now), expires = sql.Time(now + duration) },
                cancellationToken: cancellationToken)) == 1;
        }, cancellationToken);

    public Task ReleaseLeaseAsync(string name, string holder, CancellationToken cancellationToken) =>
        sql.WriteAsync(async () =>
        {
            await using var connection = await sql.OpenAsync(cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition("DELETE FROM leases WHERE name = @name AND holder = @holder",
                new { name, holder }, cancellationToken: cancellationToken));
        }, cancellationToken);

    public Task SaveCycleAsync(PollCycleRecord cycle, CancellationToken cancellationToken) =>
        sql.WriteAsync(async () =>
        {
            await using var connection = await sql.OpenAsync(cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition($"""
                INSERT INTO poll_cycles (id, trigger, started_at, finished_at, outcome, documents_polled, transitions,
                                         transitions_by_kind, provider_errors, unexpected_ids, conflicts, message,
                                         provider_errors_by_provider, provider_batches_by_provider)
                VALUES (@Id, @Trigger, @StartedAt, @FinishedAt, @Outcome, @DocumentsPolled, @Transitions,
                        {sql.JsonParameter("@TransitionsByKind")}, @ProviderErrors, @UnexpectedIds, @Conflicts, @Message,
                        {sql.JsonParameter("@ProviderErrorsByProvider")}, {sql.JsonParameter("@ProviderBatchesByProvider")})
                ON CONFLICT (id) DO UPDATE SET finished_at = excluded.finished_at, outcome = excluded.outcome,
                    documents_polled = excluded.documents_polled, transitions = excluded.transitions,
                    transitions_by_kind = excluded.transitions_by_kind, provider_errors = excluded.provider_errors,
                    unexpected_ids = excluded.unexpected_ids, conflicts = excluded.conflicts, message = excluded.message,
                    provider_errors_by_provider = excluded.provider_errors_by_provider,
                    provider_batches_by_provider = excluded.provider_batches_by_provider
                """, PollCycleRow.ParametersFor(cycle, sql), cancellationToken: cancellationToken));
        }, cancellationToken);

    public Task<int> AbandonRunningCyclesAsync(Guid exceptId, DateTimeOffset now, CancellationToken cancellationToken) =>
        sql.WriteAsync(async () =>
        {
            await using var connection = await sql.OpenAsync(cancellationToken);
            return await connection.ExecuteAsync(new CommandDefinition("""
                UPDATE poll_cycles SET outcome = 'abandoned', finished_at = @now,
                    message = 'The process running this cycle stopped before it finished.'
                WHERE outcome = 'running' AND id <> @exceptId
                """, new { now = sql.Time(now), exceptId = sql.Id(exceptId) }, cancellationToken: cancellationToken));
        }, cancellationToken);

    public async Task<IReadOnlyList<PollCycleRecord>> RecentCyclesAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await sql.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<PollCycleRow>(new CommandDefinition(
            $"SELECT {PollCycleRow.Columns} FROM poll_cycles ORDER BY started_at DESC LIMIT @limit", new { limit },
            cancellationToken: cancellationToken));
        return rows.Select(r => r.ToRecord()).ToList();
    }
}
