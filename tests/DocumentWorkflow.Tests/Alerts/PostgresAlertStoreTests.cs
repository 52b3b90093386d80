using DocumentUploads.DocumentWorkflow.Alerts;
using DocumentUploads.DocumentWorkflow.Storage.Postgres;
using DocumentUploads.DocumentWorkflow.Storage;
using DocumentUploads.DocumentWorkflow.Tests.Postgres;

namespace DocumentUploads.DocumentWorkflow.Tests.Alerts;

[Collection(PostgresCollection.Name)]
public sealed class PostgresAlertStoreTests(PostgresFixture postgres) : AlertStoreContract, IAsyncLifetime
{
    private readonly PostgresStores _stores = new(postgres.Cluster);

    protected override async Task<(IDocumentStore, Func<AlertStore>, IMonitorFactsReader)> CreateAsync()
    {
        var database = await _stores.CreateDatabaseAsync();
        var store = _stores.Store(database);
        await store.InitializeAsync(CancellationToken.None);
        return (store, () => new AlertStore(new PostgresDialect(_stores.DataSource(database))),
            new MonitorFactsReader(new PostgresDialect(_stores.DataSource(database))));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _stores.DisposeAsync();
}
