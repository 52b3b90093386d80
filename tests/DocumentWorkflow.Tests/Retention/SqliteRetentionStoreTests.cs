using DocumentUploads.DocumentWorkflow.Retention;
using DocumentUploads.DocumentWorkflow.Storage;
using DocumentUploads.DocumentWorkflow.Storage.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace DocumentUploads.DocumentWorkflow.Tests.Retention;

public sealed class SqliteRetentionStoreTests : RetentionStoreContract, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("du-retention-").FullName;

    protected override async Task<(IRetentionStore Retention, IDocumentStore Documents, SqlDialect Sql)> CreateStoresAsync()
    {
        var sql = new SqliteDialect(SqliteConnectionStrings.ForDataDirectory(Path.Combine(_directory, Guid.NewGuid().ToString("N"))));
        var documents = new DocumentStore(sql, NullLogger<DocumentStore>.Instance);
        await documents.InitializeAsync(CancellationToken.None);
        return (new RetentionStore(sql), documents, sql);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
