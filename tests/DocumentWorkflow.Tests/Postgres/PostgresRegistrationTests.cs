using DocumentUploads.DocumentWorkflow.Domain;
using DocumentUploads.DocumentWorkflow.Storage;

namespace DocumentUploads.DocumentWorkflow.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresRegistrationTests(PostgresFixture postgres) : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly PostgresStores _stores = new(postgres.Cluster);

    [Fact]
    public async Task Racing_registrations_of_one_provider_request_create_one_document()
    {
        var (store, sql) = await _stores.CreateInitializedAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => store.RegisterAsync(
            new NewDocument(Guid.CreateVersion7(), "lighthouse", "same-request", "c", "p", "L023", "f.pdf", [1]),
            DocumentStateMachine.Register(T0), CancellationToken.None))));

        Assert.Single(results, r => r.Created);
        Assert.Single(results.Select(r => r.Document.Id).Distinct());
        Assert.Equal(1L, await sql.ScalarAsync<long>("SELECT count(*) FROM documents"));
        Assert.Equal(1L, await sql.ScalarAsync<long>("SELECT count(*) FROM document_transitions"));
    }

    [Fact]
    public async Task Times_keep_their_instant_whatever_offset_they_are_given()
    {
        var (store, _) = await _stores.CreateInitializedAsync();
        var local = new DateTimeOffset(2026, 11, 1, 7, 0, 0, TimeSpan.FromHours(-5));

        var registered = await store.RegisterAsync(
            new NewDocument(Guid.CreateVersion7(), "lighthouse", "r", "c", "p", "L023", "f.pdf", []),
            DocumentStateMachine.Register(local), CancellationToken.None);

        Assert.Equal(local.UtcDateTime, registered.Document.CreatedAt.UtcDateTime);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _stores.DisposeAsync();
}
