using System.Data.Common;
using DocumentUploads.DocumentWorkflow.Storage;
using DocumentUploads.DocumentWorkflow.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace DocumentUploads.Benchmarks;

/// <summary>A SQLite store in its own folder, reached with the service's own connection string.</summary>
public sealed class SqliteBenchmarkDatabase(string dataDirectory) : BenchmarkDatabase
{
    private readonly string _connectionString = SqliteConnectionStrings.ForDataDirectory(dataDirectory);

    public override string Name => "sqlite";

    public override IReadOnlyList<string> WorkflowArgs =>
        [$"--{StorageSettings.SectionName}:Provider={StorageSettings.Sqlite}", $"--{StorageSettings.SectionName}:DataDirectory={dataDirectory}"];

    protected override SqlDialect Dialect => new SqliteDialect(_connectionString);

    // One transaction, two prepared inserts; seq is given explicitly (the store is fresh).
    public override async Task InsertPendingDocumentsAsync(long firstRequestId, int count, DateTimeOffset createdAt,
        CancellationToken cancellationToken)
    {
        await using var connection = (SqliteConnection)await OpenAsync(cancellationToken);
        if (await connection.ScalarAsync("SELECT count(*) FROM documents", cancellationToken) != 0) throw new InvalidOperationException("The store is not empty.");
        await using var transaction = connection.BeginTransaction();

        await using var document = connection.CreateCommand();
        document.Transaction = transaction;
        document.CommandText = """
            INSERT INTO documents (seq, id, provider, provider_request_id, claim_id, participant_id, document_type, file_name,
                                   tracked_item_ids, status, step, error, created_at, updated_at, last_polled_at, version)
            VALUES ($seq, $id, $provider, $request_id, $claim_id, $participant_id, $document_type, $file_name,
                    $tracked_item_ids, $status, $step, NULL, $created_at, $updated_at, $updated_at, $version)
            """;
        var seq = document.Parameters.Add("$seq", SqliteType.Integer);
        var id = document.Parameters.Add("$id", SqliteType.Text);
        document.Parameters.AddWithValue("$provider", PendingDocumentRows.Provider);
        var requestId = document.Parameters.Add("$request_id", SqliteType.Text);
        var claimId = document.Parameters.Add("$claim_id", SqliteType.Text);
        var participantId = document.Parameters.Add("$participant_id", SqliteType.Text);
        document.Parameters.AddWithValue("$document_type", PendingDocumentRows.DocumentType);
        var fileName = document.Parameters.Add("$file_name", SqliteType.Text);
        document.Parameters.AddWithValue("$tracked_item_ids", PendingDocumentRows.TrackedItemIdsJson);
        document.Parameters.AddWithValue("$status", PendingDocumentRows.Status);
        document.Parameters.AddWithValue("$step", PendingDocumentRows.Step);
        document.Parameters.AddWithValue("$created_at", createdAt.ToUnixTimeMilliseconds());
        document.Parameters.AddWithValue("$updated_at", (createdAt + PendingDocumentRows.ProgressedAfter).ToUnixTimeMilliseconds());
        document.Parameters.AddWithValue("$version", PendingDocumentRows.Version);
        document.Prepare();

        await using var history = connection.CreateCommand();
        history.Transaction = transaction;
        history.CommandText = """
            INSERT INTO document_transitions (document_seq, from_status, from_step, to_status, step, detail, provider_status, kind, at)
            VALUES ($seq, $from_status, $from_step, $to_status, $step, NULL, $provider_status, $kind, $at)
            """;
        var historySeq = history.Parameters.Add("$seq", SqliteType.Integer);
        var fromStatus = history.Parameters.Add("$from_status", SqliteType.Text);
        var fromStep = history.Parameters.Add("$from_step", SqliteType.Text);
        var toStatus = history.Parameters.Add("$to_status", SqliteType.Text);
        var step = history.Parameters.Add("$step", SqliteType.Text);
        var providerStatus = history.Parameters.Add("$provider_status", SqliteType.Text);
        var kind = history.Parameters.Add("$kind", SqliteType.Text);
        var at = history.Parameters.Add("$at", SqliteType.Integer);
        history.Prepare();

        for (var i = 0; i < count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            seq.Value = i + 1L;
            id.Value = Guid.CreateVersion7(createdAt).ToString();
            requestId.Value = PendingDocumentRows.RequestId(firstRequestId, i);
            claimId.Value = PendingDocumentRows.ClaimId(i);
            participantId.Value = PendingDocumentRows.ParticipantId(i);
            fileName.Value = PendingDocumentRows.FileName(i);
            document.ExecuteNonQuery();
            for (var h = 0; h < PendingDocumentRows.History.Length; h++)
            {
                var row = PendingDocumentRows.History[h];
                historySeq.Value = i + 1L;
                fromStatus.Value = (object?)row.FromStatus ?? DBNull.Value;
                fromStep.Value = (object?)row.FromStep ?? DBNull.Value;
                toStatus.Value = row.ToStatus;
                step.Value = (object?)row.Step ?? DBNull.Value;
                providerStatus.Value = (object?)row.ProviderStatus ?? DBNull.Value;
                kind.Value = row.Kind;
                at.Value = (createdAt + h * PendingDocumentRows.ProgressedAfter).ToUnixTimeMilliseconds();
                history.ExecuteNonQuery();
            }
        }
        await transaction.CommitAsync(cancellationToken);
    }

    // One statement per table; seq comes after the pending documents'.
    public override async Task InsertFinishedDocumentsAsync(int count, DateTimeOffset finishedAt, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var finished = finishedAt.ToUnixTimeMilliseconds();
        await connection.ExecuteAsync($"""
            WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < @count)
            INSERT INTO documents (id, provider, provider_request_id, claim_id, participant_id, document_type, file_name,
                                   tracked_item_ids, status, created_at, updated_at, last_polled_at, version)
            SELECT lower(hex(randomblob(16))), '{PendingDocumentRows.Provider}', '{FinishedRequestIdPrefix}' || i,
                   CAST(600000000 + i % 50000 AS TEXT), CAST(796000000 + i % 100000 AS TEXT), '{PendingDocumentRows.DocumentType}',
                   'evidence-' || i || '.pdf', '{PendingDocumentRows.TrackedItemIdsJson}',
                   CASE WHEN i % 10 = 0 THEN 'failed' ELSE 'completed' END, @finished - 86400000, @finished, @finished, 2
            FROM n
            """, cancellationToken, ("@count", count), ("@finished", finished));
        await connection.ExecuteAsync($"""
            INSERT INTO document_transitions (document_seq, from_status, to_status, kind, at)
            SELECT d.seq, h.from_status, coalesce(h.to_status, d.status), h.kind, d.created_at
            FROM documents d
            CROSS JOIN (SELECT NULL AS from_status, 'submitted' AS to_status, 'registered' AS kind
                        UNION ALL SELECT 'submitted', 'in_progress', 'progressed'
                        UNION ALL SELECT 'in_progress', NULL, 'completed') AS h
            WHERE d.provider_request_id LIKE '{FinishedRequestIdPrefix}%'
            """, cancellationToken);
        await connection.ExecuteAsync("ANALYZE", cancellationToken);
    }

    public override Task<string> DescribeSizeAsync(CancellationToken cancellationToken)
    {
        static double Mb(string path) => File.Exists(path) ? new FileInfo(path).Length / (1024.0 * 1024.0) : 0;
        var file = Path.Combine(dataDirectory, SqliteConnectionStrings.FileName);
        return Task.FromResult($"database file {Mb(file):F0} MB, WAL {Mb(file + "-wal"):F0} MB");
    }

    public override ValueTask DisposeAsync()
    {
        // Pooled connections keep the file open; the folder is deleted by the run.
        SqliteConnection.ClearAllPools();
        return ValueTask.CompletedTask;
    }
}
