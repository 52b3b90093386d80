using DocumentUploads.DocumentWorkflow.Storage;
using DocumentUploads.DocumentWorkflow.Storage.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace DocumentUploads.DocumentWorkflow.Tests;

/// <summary>The store contract against a real SQLite file in a temporary folder.</summary>
public sealed class SqliteDocumentStoreTests : DocumentStoreContract, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("du-sqlite-").FullName;

    protected override async Task<IDocumentStore> CreateStoreAsync()
    {
        var store = new DocumentStore(new SqliteDialect(SqliteConnectionStrings.ForDataDirectory(Path.Combine(_directory, Guid.NewGuid().ToString("N")))), NullLogger<DocumentStore>.Instance);
        await store.InitializeAsync(CancellationToken.None);
        return store;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
