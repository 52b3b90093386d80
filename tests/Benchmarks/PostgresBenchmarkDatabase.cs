using System.Data.Common;
using DocumentUploads.DocumentWorkflow.Storage;
using DocumentUploads.DocumentWorkflow.Storage.Postgres;
using DocumentUploads.TestSupport;
using Npgsql;
using NpgsqlTypes;

namespace DocumentUploads.Benchmarks;

/// <summary>A fresh database in the benchmark's throwaway cluster, reached with the connection
/// string the service is given.</summary>
public sealed class PostgresBenchmarkDatabase : BenchmarkDatabase
{
    private readonly string _connectionString;
    private readonly NpgsqlDataSource _dataSource;

    private PostgresBenchmarkDatabase(string connectionString)
    {
        _connectionString = connectionString;
        // Seeding 10^7 documents: finishing a COPY of 3 x 10^7 history rows takes longer than the 30 s default.
        _dataSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = 0 }.ConnectionString);
    }

    public static async Task<PostgresBenchmarkDatabase> CreateAsync(PostgresCluster cluster, string label) =>
        new(cluster.ConnectionString(await cluster.CreateDatabaseAsync("bench_" + label)));

    public override string Name => "postgres";

    public override IReadOnlyList<string> WorkflowArgs =>
        [$"--{StorageSettings.SectionName}:Provider={StorageSettings.Postgres}", $"--{StorageSettings.SectionName}:ConnectionString={_connectionString}"];

    protected override SqlDialect Dialect => new PostgresDialect(_dataSource);

    // Binary COPY of both tables. seq is an identity the table assigns in input order; the check
    // below proves seq - min(seq) is each row's index before the history rows rely on it.
    public override async Task InsertPendingDocumentsAsync(long firstRequestId, int count, DateTimeOffset createdAt,
        CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        if (await connection.ScalarAsync("SELECT count(*) FROM documents", cancellationToken) != 0)
        {
            throw new InvalidOperationException("The store is not empty.");
        }
        var created = createdAt.ToUniversalTime();
        var progressed = created + PendingDocumentRows.ProgressedAfter;

        await using (var documents = await connection.BeginBinaryImportAsync("""
            COPY documents (id, provider, provider_request_id, claim_id, participant_id, document_type, file_name,
                            tracked_item_ids, status, step, error, created_at, updated_at, last_polled_at, version)
            FROM STDIN (FORMAT BINARY)
            """, cancellationToken))
        {
            for (var i = 0; i < count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                documents.StartRow();
                documents.Write(Guid.CreateVersion7(created), NpgsqlDbType.Uuid);
                documents.Write(PendingDocumentRows.Provider, NpgsqlDbType.Text);
                documents.Write(PendingDocumentRows.RequestId(firstRequestId, i), NpgsqlDbType.Text);
                documents.Write(PendingDocumentRows.ClaimId(i), NpgsqlDbType.Text);
                documents.Write(PendingDocumentRows.ParticipantId(i), NpgsqlDbType.Text);
                documents.Write(PendingDocumentRows.DocumentType, NpgsqlDbType.Text);
                documents.Write(PendingDocumentRows.FileName(i), NpgsqlDbType.Text);
                documents.Write(Array.Empty<long>(), NpgsqlDbType.Array | NpgsqlDbType.Bigint);
                documents.Write(PendingDocumentRows.Status, NpgsqlDbType.Text);
                documents.Write(PendingDocumentRows.Step, NpgsqlDbType.Text);
                documents.WriteNull();
                documents.Write(created, NpgsqlDbType.TimestampTz);
                documents.Write(progressed, NpgsqlDbType.TimestampTz);
                documents.Write(progressed, NpgsqlDbType.TimestampTz);
                documents.Write(PendingDocumentRows.Version, NpgsqlDbType.Bigint);
            }
            await documents.CompleteAsync(cancellationToken);
        }

        var firstSeq = await connection.ScalarAsync("SELECT min(seq) FROM documents", cancellationToken);
        var misplaced = await connection.ScalarAsync(
            "SELECT count(*) FROM documents WHERE provider_request_id::bigint - @first <> seq - @firstSeq", cancellationToken,
            ("first", firstRequestId), ("firstSeq", firstSeq));
        if (misplaced != 0) throw new InvalidOperationException($"{misplaced} seeded documents did not get the seq of their position.");

        await using (var history = await connection.BeginBinaryImportAsync("""
            COPY document_transitions (document_seq, from_status, from_step, to_status, step, detail, provider_status, kind, at)
            FROM STDIN (FORMAT BINARY)
            """, cancellationToken))
        {
            for (var i = 0; i < count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                for (var h = 0; h < PendingDocumentRows.History.Length; h++)
                {
                    var row = PendingDocumentRows.History[h];
                    history.StartRow();
                    history.Write(firstSeq + i, NpgsqlDbType.Bigint);
                    WriteText(history, row.FromStatus);
                    WriteText(history, row.FromStep);
                    history.Write(row.ToStatus, NpgsqlDbType.Text);
                    WriteText(history, row.Step);
                    history.WriteNull();
                    WriteText(history, row.ProviderStatus);
                    history.Write(row.Kind, NpgsqlDbType.Text);
                    history.Write(created + h * PendingDocumentRows.ProgressedAfter, NpgsqlDbType.TimestampTz);
                }
            }
            await history.CompleteAsync(cancellationToken);
        }

        // What autovacuum would have done to tables this size long before a real cycle runs:
        // statistics for the planner and hint bits set, so the measured cycle does not pay for them.
        await connection.ExecuteAsync("VACUUM ANALYZE documents", cancellationToken);
        await connection.ExecuteAsync("VACUUM ANALYZE document_transitions", cancellationToken);
    }

    // Server-side: nothing crosses the wire but the statement.
    public override async Task InsertFinishedDocumentsAsync(int count, DateTimeOffset finishedAt, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        var finished = finishedAt.ToUniversalTime();
        await connection.ExecuteAsync($"""
            INSERT INTO documents (id, provider, provider_request_id, claim_id, participant_id, document_type, file_name,
                                   tracked_item_ids, status, created_at, updated_at, last_polled_at, version)
            SELECT gen_random_uuid(), '{PendingDocumentRows.Provider}', '{FinishedRequestIdPrefix}' || i,
                   (600000000 + i % 50000)::text, (796000000 + i % 100000)::text, '{PendingDocumentRows.DocumentType}',
                   'evidence-' || i || '.pdf', ARRAY[]::bigint[], CASE WHEN i % 10 = 0 THEN 'failed' ELSE 'completed' END,
                   @finished - interval '1 day', @finished, @finished, 2
            FROM generate_series(1, @count) AS i
            """, cancellationToken, ("finished", finished), ("count", count));
        await connection.ExecuteAsync($"""
            INSERT INTO document_transitions (document_seq, from_status, to_status, kind, at)
            SELECT d.seq, h.from_status, coalesce(h.to_status, d.status), h.kind, d.created_at
            FROM documents d
            CROSS JOIN (VALUES (NULL, 'submitted', 'registered'), ('submitted', 'in_progress', 'progressed'),
                               ('in_progress', NULL, 'completed')) AS h (from_status, to_status, kind)
            WHERE d.provider_request_id LIKE '{FinishedRequestIdPrefix}%'
            """, cancellationToken);
        await connection.ExecuteAsync("VACUUM ANALYZE documents", cancellationToken);
        await connection.ExecuteAsync("VACUUM ANALYZE document_transitions", cancellationToken);
    }

    public override async Task<string> DescribeSizeAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        const long mb = 1024 * 1024;
        var heap = await connection.ScalarAsync("SELECT pg_relation_size('documents')", cancellationToken) / mb;
        var indexes = await connection.ScalarAsync("SELECT pg_indexes_size('documents')", cancellationToken) / mb;
        var history = await connection.ScalarAsync("SELECT pg_total_relation_size('document_transitions')", cancellationToken) / mb;
        return $"documents heap {heap} MB, its indexes {indexes} MB, document_transitions {history} MB";
    }

    public override ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    private static void WriteText(NpgsqlBinaryImporter importer, string? value)
    {
        if (value is null) importer.WriteNull();
        else importer.Write(value, NpgsqlDbType.Text);
    }
}
