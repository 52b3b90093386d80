using DocumentUploads.DocumentWorkflow.Ops.Queries;
using DocumentUploads.DocumentWorkflow.Storage.Postgres;
using DocumentUploads.DocumentWorkflow.Storage;
using DocumentUploads.DocumentWorkflow.Tests.Postgres;

namespace DocumentUploads.DocumentWorkflow.Tests.Ops;

/// <summary>The dashboard queries against the throwaway cluster, a fresh database per test.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresOpsQueriesTests(PostgresFixture postgres) : OpsQueriesContract, IAsyncLifetime
{
    private readonly PostgresStores _stores = new(postgres.Cluster);

    protected override async Task<(IDocumentStore, IOpsQueries)> CreateAsync()
    {
        var (store, sql) = await _stores.CreateInitializedAsync();
        return (store, new OpsQueries(new PostgresDialect(sql)));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _stores.DisposeAsync();
}
