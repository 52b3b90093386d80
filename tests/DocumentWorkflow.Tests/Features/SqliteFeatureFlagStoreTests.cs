using DocumentUploads.DocumentWorkflow.Features;
using DocumentUploads.DocumentWorkflow.Storage.Sqlite;
using DocumentUploads.DocumentWorkflow.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace DocumentUploads.DocumentWorkflow.Tests.Features;

public sealed class SqliteFeatureFlagStoreTests : FeatureFlagStoreContract, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("du-flags-").FullName;

    protected override async Task<IFeatureFlagStore> CreateStoreAsync()
    {
        var connectionString = SqliteConnectionStrings.ForDataDirectory(Path.Combine(_directory, Guid.NewGuid().ToString("N")));
        // The document store owns the schema (migration 002 creates the flag tables).
        await new DocumentStore(new SqliteDialect(connectionString), NullLogger<DocumentStore>.Instance).InitializeAsync(CancellationToken.None);
        return new FeatureFlagStore(new SqliteDialect(connectionString));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
