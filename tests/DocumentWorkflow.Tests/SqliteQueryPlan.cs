using DocumentUploads.DocumentWorkflow.Storage.Sqlite;
using DocumentUploads.DocumentWorkflow.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace DocumentUploads.DocumentWorkflow.Tests;

/// <summary>How SQLite would run a query against the service's real, fully migrated schema: the
/// detail lines of EXPLAIN QUERY PLAN, so a test can hold a query to the index it was given.</summary>
internal static class SqliteQueryPlan
{
    /// <param name="dataDirectory">A folder for a fresh database, created and migrated here.</param>
    /// <param name="parameters">Values for the query's parameters (any will do: the plan, not the answer, is read).</param>
    public static async Task<IReadOnlyList<string>> OfAsync(string dataDirectory, string sql,
        IReadOnlyDictionary<string, object>? parameters = null)
    {
        var connectionString = SqliteConnectionStrings.ForDataDirectory(dataDirectory);
        await new DocumentStore(new SqliteDialect(connectionString), NullLogger<DocumentStore>.Instance).InitializeAsync(CancellationToken.None);
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var explain = connection.CreateCommand();
        explain.CommandText = "EXPLAIN QUERY PLAN " + sql;
        foreach (var (name, value) in parameters ?? new Dictionary<string, object>()) explain.Parameters.AddWithValue(name, value);
        var plan = new List<string>();
        await using var reader = await explain.ExecuteReaderAsync();
        while (await reader.ReadAsync()) plan.Add(reader.GetString(3));
        return plan;
    }
}
