using DocumentUploads.DocumentWorkflow.Alerts;
using DocumentUploads.DocumentWorkflow.Storage;
using DocumentUploads.DocumentWorkflow.Storage.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace DocumentUploads.DocumentWorkflow.Tests.Alerts;

public sealed class SqliteAlertStoreTests : AlertStoreContract, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("du-alerts-").FullName;

    protected override async Task<(IDocumentStore, Func<AlertStore>, IMonitorFactsReader)> CreateAsync()
    {
        var connectionString = SqliteConnectionStrings.ForDataDirectory(Path.Combine(_directory, Guid.NewGuid().ToString("N")));
        var store = new DocumentStore(new SqliteDialect(connectionString), NullLogger<DocumentStore>.Instance);
        await store.InitializeAsync(CancellationToken.None);
        return (store, () => new AlertStore(new SqliteDialect(connectionString)), new MonitorFactsReader(new SqliteDialect(connectionString)));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
