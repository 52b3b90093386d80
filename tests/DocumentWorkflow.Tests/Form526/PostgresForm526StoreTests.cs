using DocumentUploads.DocumentWorkflow.Form526;
using DocumentUploads.DocumentWorkflow.Storage.Postgres;
using DocumentUploads.DocumentWorkflow.Storage;
using DocumentUploads.DocumentWorkflow.Tests.Postgres;

namespace DocumentUploads.DocumentWorkflow.Tests.Form526;

/// <summary>The Form 526 store contract against the throwaway cluster, a fresh database per test.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresForm526StoreTests(PostgresFixture postgres) : Form526StoreContract, IAsyncLifetime
{
    private readonly PostgresStores _stores = new(postgres.Cluster);

    protected override async Task<(IDocumentStore Documents, IForm526Store Form526)> CreateStoresAsync()
    {
        var (documents, sql) = await _stores.CreateInitializedAsync();
        return (documents, new Form526Store(new PostgresDialect(sql)));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _stores.DisposeAsync();
}
