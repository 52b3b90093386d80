using Dapper;
using DocumentUploads.DocumentWorkflow.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace DocumentUploads.DocumentWorkflow.Form526.Sqlite;

/// <summary>Form 526 submissions in the same SQLite file as the documents (tables from migration 004).</summary>
public sealed class SqliteForm526Store(string connectionString) : IForm526Store
{
    private readonly SqliteWriteGate _writes = SqliteWriteGate.For(connectionString);

    static SqliteForm526Store() => DefaultTypeMap.MatchNamesWithUnderscores = true;

    public Task SaveAsync(Form526Submission submission, CancellationToken cancellationToken) =>
        _writes.WriteAsync(async () =>
        {
            await using var connection = await OpenAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition(Form526Sql.Upsert, SubmissionRow.From(submission), transaction,
                cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(Form526Sql.DeleteExpected, new { submission.SubmissionId }, transaction,
                cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(Form526Sql.InsertExpected, ExpectedDocumentRow.From(submission).ToList(),
                transaction, cancellationToken: cancellationToken));
            await transaction.CommitAsync(cancellationToken);
        }, cancellationToken);

    public async Task<Form526SubmissionRecord?> GetAsync(string submissionId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<SubmissionRow>(new CommandDefinition(
            $"SELECT {Form526Sql.SubmissionColumns} FROM form526_submissions WHERE submission_id = @submissionId",
            new { submissionId }, cancellationToken: cancellationToken));
        return row is null ? null : (await CompleteAsync(connection, [row], cancellationToken))[0];
    }

    public async Task<IReadOnlyList<Form526SubmissionRecord>> ListIncompleteSubmittedBeforeAsync(DateTimeOffset submittedBefore,
        int limit, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = (await connection.QueryAsync<SubmissionRow>(new CommandDefinition(Form526Sql.IncompleteSubmittedBefore,
            new { cut = submittedBefore.ToUnixTimeMilliseconds(), limit }, cancellationToken: cancellationToken))).ToList();
        return rows.Count == 0 ? [] : await CompleteAsync(connection, rows, cancellationToken);
    }

    /// <summary>Adds each submission's expected documents and the documents registered for it.</summary>
    private static async Task<List<Form526SubmissionRecord>> CompleteAsync(SqliteConnection connection,
        IReadOnlyList<SubmissionRow> rows, CancellationToken cancellationToken)
    {
        var ids = rows.Select(r => r.SubmissionId).ToList();
        var expected = await connection.QueryAsync<ExpectedDocumentRow>(new CommandDefinition(
            "SELECT submission_id, position, kind, attachment_id FROM form526_expected_documents WHERE submission_id IN @ids",
            new { ids }, cancellationToken: cancellationToken));
        var documents = await connection.QueryAsync<FiledDocumentRow>(new CommandDefinition(
            $"SELECT {Form526Sql.FiledDocumentColumns} FROM documents WHERE form526_submission_id IN @ids",
            new { ids }, cancellationToken: cancellationToken));
        return Form526Records.Assemble(rows.Select(r => r.ToSubmission()), expected, documents.Select(d => d.ToFiled()));
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }
}
