using Npgsql;

namespace DocumentUploads.DocumentWorkflow.Tests.Postgres;

/// <summary>Plain queries the tests use to look at what a store wrote.</summary>
internal static class SqlQueries
{
    public static async Task<T> ScalarAsync<T>(this NpgsqlDataSource sql, string query)
    {
        await using var command = sql.CreateCommand(query);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public static async Task ExecuteAsync(this NpgsqlDataSource sql, string statement)
    {
        await using var command = sql.CreateCommand(statement);
        await command.ExecuteNonQueryAsync();
    }

    public static async Task<List<T>> RowsAsync<T>(this NpgsqlDataSource sql, string query, Func<NpgsqlDataReader, T> read)
    {
        await using var command = sql.CreateCommand(query);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync()) rows.Add(read(reader));
        return rows;
    }
}
