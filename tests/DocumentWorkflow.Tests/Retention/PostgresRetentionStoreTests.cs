using DocumentUploads.DocumentWorkflow.Retention;
using DocumentUploads.DocumentWorkflow.Storage;
using DocumentUploads.DocumentWorkflow.Storage.Postgres;
using DocumentUploads.DocumentWorkflow.Tests.Postgres;

namespace DocumentUploads.DocumentWorkflow.Tests.Retention;

[Collection(PostgresCollection.Name)]
public sealed class PostgresRetentionStoreTests(PostgresFixture postgres) : RetentionStoreContract, IAsyncLifetime
{
    private readonly PostgresStores _stores = new(postgres.Cluster);

    protected override async Task<(IRetentionStore Retention, IDocumentStore Documents, SqlDialect Sql)> CreateStoresAsync()
    {
        var (documents, dataSource) = await _stores.CreateInitializedAsync();
        var sql = new PostgresDialect(dataSource);
        return (new RetentionStore(sql), documents, sql);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _stores.DisposeAsync();
}
