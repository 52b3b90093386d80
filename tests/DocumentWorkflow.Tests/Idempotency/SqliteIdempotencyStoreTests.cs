using DocumentUploads.DocumentWorkflow.Idempotency;
using DocumentUploads.DocumentWorkflow.Storage;
using DocumentUploads.DocumentWorkflow.Storage.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace DocumentUploads.DocumentWorkflow.Tests.Idempotency;

public sealed class SqliteIdempotencyStoreTests : IdempotencyStoreContract, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("du-idempotency-").FullName;

    protected override async Task<(IIdempotencyStore Keys, IDocumentStore Documents)> CreateStoresAsync()
    {
        var connectionString = SqliteConnectionStrings.ForDataDirectory(Path.Combine(_directory, Guid.NewGuid().ToString("N")));
        // The document store owns the schema (migration 003 creates the key table).
        var documents = new DocumentStore(new SqliteDialect(connectionString), NullLogger<DocumentStore>.Instance);
        await documents.InitializeAsync(CancellationToken.None);
        return (new IdempotencyStore(new SqliteDialect(connectionString)), documents);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
