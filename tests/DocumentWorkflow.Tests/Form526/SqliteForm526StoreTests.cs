using DocumentUploads.DocumentWorkflow.Form526;
using DocumentUploads.DocumentWorkflow.Storage;
using DocumentUploads.DocumentWorkflow.Storage.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace DocumentUploads.DocumentWorkflow.Tests.Form526;

/// <summary>The Form 526 store contract against a real SQLite file in a temporary folder.</summary>
public sealed class SqliteForm526StoreTests : Form526StoreContract, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("du-form526-").FullName;

    protected override async Task<(IDocumentStore Documents, IForm526Store Form526)> CreateStoresAsync()
    {
        var connectionString = SqliteConnectionStrings.ForDataDirectory(Path.Combine(_directory, Guid.NewGuid().ToString("N")));
        // The document store owns the schema (migration 004 creates the Form 526 tables).
        var documents = new DocumentStore(new SqliteDialect(connectionString), NullLogger<DocumentStore>.Instance);
        await documents.InitializeAsync(CancellationToken.None);
        return (documents, new Form526Store(new SqliteDialect(connectionString)));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
