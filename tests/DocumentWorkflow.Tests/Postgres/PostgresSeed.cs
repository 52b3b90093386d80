using Npgsql;

namespace DocumentUploads.DocumentWorkflow.Tests.Postgres;

/// <summary>Bulk-inserts documents server-side (generate_series), for tests that need thousands:
/// registering them one by one would measure the wrong thing and take too long.</summary>
internal static class PostgresSeed
{
    /// <summary>Inserts documents i = 1..<paramref name="count"/> with provider request id <c>req-i</c>.
    /// <paramref name="statusSql"/> and <paramref name="lastPolledSql"/> are SQL expressions over <c>i</c>
    /// and <c>@t0</c>.</summary>
    public static async Task InsertDocumentsAsync(NpgsqlDataSource sql, int count, DateTimeOffset t0,
        string statusSql = "'submitted'", string lastPolledSql = "NULL")
    {
        await using var command = sql.CreateCommand($"""
            INSERT INTO documents (id, provider, provider_request_id, claim_id, participant_id, document_type, file_name,
                                   tracked_item_ids, status, created_at, updated_at, last_polled_at)
            SELECT gen_random_uuid(), 'lighthouse', 'req-' || i, 'claim-' || (i % 100), 'p' || (i % 10), 'L023',
                   'statement.pdf', ARRAY[i]::bigint[], {statusSql}, @t0, @t0, {lastPolledSql}
            FROM generate_series(1, @count) AS i
            ORDER BY i
            """);
        command.Parameters.AddWithValue("t0", t0.ToUniversalTime());
        command.Parameters.AddWithValue("count", count);
        await command.ExecuteNonQueryAsync();
        await using var analyze = sql.CreateCommand("ANALYZE documents"); // as autovacuum would, before plans matter
        await analyze.ExecuteNonQueryAsync();
    }
}
