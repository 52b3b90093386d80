using DocumentUploads.DocumentWorkflow.Storage;

namespace DocumentUploads.DocumentWorkflow.Tests.Postgres;

/// <summary>The store contract against the throwaway cluster, a fresh database per store.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresDocumentStoreTests(PostgresFixture postgres) : DocumentStoreContract, IAsyncLifetime
{
    private readonly PostgresStores _stores = new(postgres.Cluster);

    protected override async Task<IDocumentStore> CreateStoreAsync() => (await _stores.CreateInitializedAsync()).Store;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _stores.DisposeAsync();
}
