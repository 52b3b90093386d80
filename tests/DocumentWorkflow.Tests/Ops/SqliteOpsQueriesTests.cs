using DocumentUploads.DocumentWorkflow.Ops.Queries;
using DocumentUploads.DocumentWorkflow.Storage;
using DocumentUploads.DocumentWorkflow.Storage.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace DocumentUploads.DocumentWorkflow.Tests.Ops;

/// <summary>The dashboard queries against a real SQLite file, a fresh one per test.</summary>
public sealed class SqliteOpsQueriesTests : OpsQueriesContract, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("du-ops-").FullName;

    protected override async Task<(IDocumentStore, IOpsQueries)> CreateAsync()
    {
        var connectionString = SqliteConnectionStrings.ForDataDirectory(Path.Combine(_directory, Guid.NewGuid().ToString("N")));
        var store = new SqliteDocumentStore(connectionString, NullLogger<SqliteDocumentStore>.Instance);
        await store.InitializeAsync(CancellationToken.None);
        return (store, new SqliteOpsQueries(connectionString));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
