using Dapper;
using DocumentUploads.DocumentWorkflow.Storage;

namespace DocumentUploads.DocumentWorkflow.Retention;

/// <summary>Retention on either database (see <see cref="SqlDialect"/>). Each slice is one write through the dialect,
/// so on SQLite polls and uploads queue behind one slice, never behind a whole purge.</summary>
public sealed class RetentionStore(SqlDialect sql) : IRetentionStore
{
    public Task<RetentionSlice> DeleteSliceAsync(DateTimeOffset deleteBefore, int limit, CancellationToken cancellationToken) =>
        sql.WriteAsync(async () =>
        {
            await using var connection = await sql.OpenAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            // Locked on PostgreSQL: an operator's keep racing this slice waits, then finds the document gone.
            var seqs = (await connection.QueryAsync<long>(new CommandDefinition(
                RetentionSql.SelectSlice(sql.UseIndex(RetentionSql.Index), sql.LockRows("documents")),
                new { before = sql.Time(deleteBefore), limit }, transaction, cancellationToken: cancellationToken))).ToList();
            if (seqs.Count == 0) return new RetentionSlice(0, 0);

            var slice = new { seqs = sql.List(seqs) };
            var rows = 0;
            foreach (var table in RetentionSql.DocumentRowTables)
            {
                rows += await connection.ExecuteAsync(new CommandDefinition(
                    $"DELETE FROM {table} WHERE {sql.IsIn("document_seq", "@seqs")}", slice, transaction,
                    cancellationToken: cancellationToken));
            }
            var documents = await connection.ExecuteAsync(new CommandDefinition(
                $"DELETE FROM documents WHERE {sql.IsIn("seq", "@seqs")}", slice, transaction, cancellationToken: cancellationToken));
            await transaction.CommitAsync(cancellationToken);
            return new RetentionSlice(documents, rows + documents);
        }, cancellationToken);

    public Task SaveRunAsync(RetentionRun run, CancellationToken cancellationToken) =>
        sql.WriteAsync(async () =>
        {
            await using var connection = await sql.OpenAsync(cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition(RetentionSql.InsertRun, new
            {
                id = sql.Id(run.Id),
                startedAt = sql.Time(run.StartedAt),
                finishedAt = sql.Time(run.FinishedAt),
                deletedBefore = sql.Time(run.DeletedBefore),
                outcome = run.Outcome,
                documents = run.Documents,
                rows = run.Rows,
            }, cancellationToken: cancellationToken));
        }, cancellationToken);

    public async Task<RetentionRun?> LastRunAsync(CancellationToken cancellationToken)
    {
        await using var connection = await sql.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<RunRow>(new CommandDefinition(RetentionSql.LastRun,
            cancellationToken: cancellationToken));
        return row?.ToRun();
    }

    public async Task<DocumentRetentionFacts?> GetFactsAsync(Guid documentId, CancellationToken cancellationToken)
    {
        await using var connection = await sql.OpenAsync(cancellationToken);
        return await ReadFactsAsync(connection, documentId, cancellationToken);
    }

    public Task<DocumentRetentionFacts?> SetKeepAsync(Guid documentId, DocumentKeep? keep, CancellationToken cancellationToken) =>
        sql.WriteAsync(async () =>
        {
            await using var connection = await sql.OpenAsync(cancellationToken);
            var changed = await connection.ExecuteAsync(new CommandDefinition(RetentionSql.SetKeep, new
            {
                id = sql.Id(documentId), keptAt = sql.Time(keep?.KeptAt), keptBy = keep?.KeptBy, reason = keep?.Reason,
            }, cancellationToken: cancellationToken));
            return changed == 0 ? null : await ReadFactsAsync(connection, documentId, cancellationToken);
        }, cancellationToken);

    private async Task<DocumentRetentionFacts?> ReadFactsAsync(System.Data.Common.DbConnection connection, Guid documentId,
        CancellationToken cancellationToken) =>
        (await connection.QuerySingleOrDefaultAsync<FactsRow>(new CommandDefinition(RetentionSql.Facts,
            new { id = sql.Id(documentId) }, cancellationToken: cancellationToken)))?.ToFacts();

    private sealed class FactsRow
    {
        public object DocumentId { get; set; } = "";
        public string Status { get; set; } = "";
        public object UpdatedAt { get; set; } = 0L;
        public string? Form526SubmissionId { get; set; }
        public object? KeptAt { get; set; }
        public string? KeptBy { get; set; }
        public string? KeepReason { get; set; }

        public DocumentRetentionFacts ToFacts() => new(StoredValues.Id(DocumentId), Status, StoredValues.Time(UpdatedAt),
            Form526SubmissionId is not null,
            StoredValues.OptionalTime(KeptAt) is { } keptAt ? new DocumentKeep(keptAt, KeptBy ?? "", KeepReason ?? "") : null);
    }

    private sealed class RunRow
    {
        public object Id { get; set; } = "";
        public object StartedAt { get; set; } = 0L;
        public object FinishedAt { get; set; } = 0L;
        public object DeletedBefore { get; set; } = 0L;
        public string Outcome { get; set; } = "";
        public long Documents { get; set; }
        public long Rows { get; set; }

        public RetentionRun ToRun() => new(StoredValues.Id(Id), StoredValues.Time(StartedAt), StoredValues.Time(FinishedAt),
            StoredValues.Time(DeletedBefore), Outcome, Documents, Rows);
    }
}
