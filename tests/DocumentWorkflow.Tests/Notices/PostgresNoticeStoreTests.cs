using DocumentUploads.DocumentWorkflow.Notices;
using DocumentUploads.DocumentWorkflow.Storage;
using DocumentUploads.DocumentWorkflow.Storage.Postgres;
using DocumentUploads.DocumentWorkflow.Tests.Postgres;

namespace DocumentUploads.DocumentWorkflow.Tests.Notices;

[Collection(PostgresCollection.Name)]
public sealed class PostgresNoticeStoreTests(PostgresFixture postgres) : NoticeStoreContract, IAsyncLifetime
{
    private readonly PostgresStores _stores = new(postgres.Cluster);

    protected override async Task<(IDocumentStore Documents, INoticeStore Notices)> CreateStoresAsync()
    {
        var (documents, sql) = await _stores.CreateInitializedAsync();
        return (documents, new NoticeStore(new PostgresDialect(sql)));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _stores.DisposeAsync();
}
