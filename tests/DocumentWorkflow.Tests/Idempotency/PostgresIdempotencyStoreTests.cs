using DocumentUploads.DocumentWorkflow.Idempotency;
using DocumentUploads.DocumentWorkflow.Storage.Postgres;
using DocumentUploads.DocumentWorkflow.Storage;
using DocumentUploads.DocumentWorkflow.Tests.Postgres;

namespace DocumentUploads.DocumentWorkflow.Tests.Idempotency;

[Collection(PostgresCollection.Name)]
public sealed class PostgresIdempotencyStoreTests(PostgresFixture postgres) : IdempotencyStoreContract, IAsyncLifetime
{
    private readonly PostgresStores _stores = new(postgres.Cluster);

    protected override async Task<(IIdempotencyStore Keys, IDocumentStore Documents)> CreateStoresAsync()
    {
        var (documents, sql) = await _stores.CreateInitializedAsync();
        return (new IdempotencyStore(new PostgresDialect(sql)), documents);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _stores.DisposeAsync();
}
