using DocumentUploads.DocumentWorkflow.Features;
using DocumentUploads.DocumentWorkflow.Storage.Postgres;
using DocumentUploads.DocumentWorkflow.Tests.Postgres;

namespace DocumentUploads.DocumentWorkflow.Tests.Features;

[Collection(PostgresCollection.Name)]
public sealed class PostgresFeatureFlagStoreTests(PostgresFixture postgres) : FeatureFlagStoreContract, IAsyncLifetime
{
    private readonly PostgresStores _stores = new(postgres.Cluster);

    protected override async Task<IFeatureFlagStore> CreateStoreAsync()
    {
        var (_, sql) = await _stores.CreateInitializedAsync();
        return new FeatureFlagStore(new PostgresDialect(sql));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _stores.DisposeAsync();
}
