using System.Data.Common;
using Dapper;
using DocumentUploads.DocumentWorkflow.Storage;

namespace DocumentUploads.DocumentWorkflow.Form526;

/// <summary>Form 526 submissions in the same database as the documents (tables from migration 004), so the SLA
/// query can join them. A re-declaration racing another waits on the submission row (PostgreSQL) or the file's
/// write lock (SQLite), so the expected list is never mixed.</summary>
public sealed class Form526Store(SqlDialect sql) : IForm526Store
{
    public Task SaveAsync(Form526Submission submission, CancellationToken cancellationToken) =>
        sql.WriteAsync(async () =>
        {
            await using var connection = await sql.OpenAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition(Form526Sql.Upsert, new
            {
                submission.SubmissionId, submission.ClaimId, submission.ParticipantId,
                SubmittedAt = sql.Time(submission.SubmittedAt), DeclaredAt = sql.Time(submission.DeclaredAt),
            }, transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(Form526Sql.DeleteExpected, new { submission.SubmissionId }, transaction,
                cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(Form526Sql.InsertExpected, ExpectedDocumentRow.From(submission).ToList(),
                transaction, cancellationToken: cancellationToken));
            await transaction.CommitAsync(cancellationToken);
        }, cancellationToken);

    public async Task<Form526SubmissionRecord?> GetAsync(string submissionId, CancellationToken cancellationToken)
    {
        await using var connection = await sql.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<SubmissionRow>(new CommandDefinition(
            $"SELECT {Form526Sql.SubmissionColumns} FROM form526_submissions WHERE submission_id = @submissionId",
            new { submissionId }, cancellationToken: cancellationToken));
        return row is null ? null : (await CompleteAsync(connection, [row], cancellationToken))[0];
    }

    public async Task<IReadOnlyList<Form526SubmissionRecord>> ListIncompleteSubmittedBeforeAsync(DateTimeOffset submittedBefore,
        int limit, CancellationToken cancellationToken)
    {
        await using var connection = await sql.OpenAsync(cancellationToken);
        var rows = (await connection.QueryAsync<SubmissionRow>(new CommandDefinition(Form526Sql.IncompleteSubmittedBefore,
            new { cut = sql.Time(submittedBefore), limit }, cancellationToken: cancellationToken))).ToList();
        return rows.Count == 0 ? [] : await CompleteAsync(connection, rows, cancellationToken);
    }

    /// <summary>Adds each submission's expected documents and the documents registered for it.</summary>
    private async Task<List<Form526SubmissionRecord>> CompleteAsync(DbConnection connection,
        IReadOnlyList<SubmissionRow> rows, CancellationToken cancellationToken)
    {
        var ids = new { ids = sql.List(rows.Select(r => r.SubmissionId).ToList()) };
        var expected = await connection.QueryAsync<ExpectedDocumentRow>(new CommandDefinition(
            $"SELECT submission_id, position, kind, attachment_id FROM form526_expected_documents WHERE {sql.IsIn("submission_id", "@ids")}",
            ids, cancellationToken: cancellationToken));
        var documents = await connection.QueryAsync<FiledDocumentRow>(new CommandDefinition(
            $"SELECT {Form526Sql.FiledDocumentColumns} FROM documents WHERE {sql.IsIn("form526_submission_id", "@ids")}",
            ids, cancellationToken: cancellationToken));
        return Form526Records.Assemble(rows.Select(r => r.ToSubmission()), expected, documents.Select(d => d.ToFiled()));
    }
}
