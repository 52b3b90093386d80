using DocumentUploads.DocumentWorkflow.Monitoring;
using DocumentUploads.DocumentWorkflow.Storage;
using DocumentUploads.DocumentWorkflow.Storage.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace DocumentUploads.DocumentWorkflow.Tests.Monitoring;

public sealed class SqliteDocumentStatisticsTests : DocumentStatisticsContract, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("du-stats-").FullName;

    protected override async Task<(IDocumentStore, IDocumentStatistics)> CreateAsync()
    {
        var connectionString = SqliteConnectionStrings.ForDataDirectory(Path.Combine(_directory, Guid.NewGuid().ToString("N")));
        var store = new SqliteDocumentStore(connectionString, NullLogger<SqliteDocumentStore>.Instance);
        await store.InitializeAsync(CancellationToken.None);
        return (store, new SqliteDocumentStatistics(connectionString));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
