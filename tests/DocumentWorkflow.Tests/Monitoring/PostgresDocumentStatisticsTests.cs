using DocumentUploads.DocumentWorkflow.Monitoring;
using DocumentUploads.DocumentWorkflow.Storage.Postgres;
using DocumentUploads.DocumentWorkflow.Storage;
using DocumentUploads.DocumentWorkflow.Tests.Postgres;

namespace DocumentUploads.DocumentWorkflow.Tests.Monitoring;

[Collection(PostgresCollection.Name)]
public sealed class PostgresDocumentStatisticsTests(PostgresFixture postgres) : DocumentStatisticsContract, IAsyncLifetime
{
    private readonly PostgresStores _stores = new(postgres.Cluster);

    protected override async Task<(IDocumentStore, IDocumentStatistics)> CreateAsync()
    {
        var (store, sql) = await _stores.CreateInitializedAsync();
        return (store, new DocumentStatistics(new PostgresDialect(sql)));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _stores.DisposeAsync();
}
