using DocumentUploads.DocumentWorkflow.Domain;
using DocumentUploads.DocumentWorkflow.Storage;
using DocumentUploads.DocumentWorkflow.Storage.Postgres;

namespace DocumentUploads.DocumentWorkflow.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresMigrationTests(PostgresFixture postgres) : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly PostgresStores _stores = new(postgres.Cluster);

    [Fact]
    public async Task Services_migrating_the_same_empty_database_at_once_all_succeed_and_apply_each_script_once()
    {
        long scripts = typeof(DocumentStore).Assembly.GetManifestResourceNames()
            .Count(n => n.Contains(".Storage.Postgres.Migrations.", StringComparison.Ordinal));

        // A few rounds: without the advisory lock, one of the racing runners fails on
        // "relation already exists" (or a duplicate catalog row) most of the time.
        for (var round = 0; round < 3; round++)
        {
            var database = await _stores.CreateDatabaseAsync();
            var replicas = Enumerable.Range(0, 3).Select(_ => _stores.Store(database)).ToList();

            await Task.WhenAll(replicas.Select(r => Task.Run(() => r.InitializeAsync(None))));

            var sql = _stores.DataSource(database);
            Assert.Equal(scripts, await sql.ScalarAsync<long>("SELECT count(*) FROM schema_migrations"));
            Assert.Equal(scripts, await sql.ScalarAsync<long>("SELECT count(DISTINCT version) FROM schema_migrations"));
            var registered = await replicas[0].RegisterAsync(
                new NewDocument(Guid.CreateVersion7(), "lighthouse", "r", "c", "p", "L023", "f.pdf", []),
                DocumentStateMachine.Register(DateTimeOffset.UnixEpoch), None);
            Assert.NotNull(await replicas[2].GetAsync(registered.Document.Id, None));
        }
    }

    [Fact]
    public async Task Initializing_again_applies_nothing_new()
    {
        var (store, sql) = await _stores.CreateInitializedAsync();
        const string applied = "SELECT string_agg(version || ' ' || applied_at, ', ' ORDER BY version) FROM schema_migrations";
        var before = await sql.ScalarAsync<string>(applied);

        await store.InitializeAsync(None);

        Assert.Equal(before, await sql.ScalarAsync<string>(applied));
    }

    [Fact]
    public async Task A_concurrent_index_build_that_was_interrupted_is_built_again_at_the_next_start()
    {
        var (store, sql) = await _stores.CreateInitializedAsync();
        // What a crash between CREATE INDEX CONCURRENTLY and the record leaves: the script unrecorded and an index
        // (possibly invalid) in place. Made invalid here the way an interrupted build leaves it.
        await sql.ExecuteAsync("DELETE FROM schema_migrations WHERE version = 10");
        await sql.ExecuteAsync("""
            UPDATE pg_index SET indisvalid = false
            WHERE indexrelid = 'ix_documents_status_created'::regclass
            """);

        await store.InitializeAsync(None);

        Assert.Equal(1L, await sql.ScalarAsync<long>("SELECT count(*) FROM schema_migrations WHERE version = 10"));
        Assert.True(await sql.ScalarAsync<bool>("""
            SELECT indisvalid FROM pg_index WHERE indexrelid = 'ix_documents_status_created'::regclass
            """));
    }

    [Fact]
    public async Task The_summary_groupings_have_valid_indexes_on_their_group_and_status()
    {
        var (_, sql) = await _stores.CreateInitializedAsync();

        var definitions = await sql.ScalarAsync<string>("""
            SELECT string_agg(c.relname || ' ' || i.indisvalid || ' ' || pg_get_indexdef(i.indexrelid), E'\n' ORDER BY c.relname)
            FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
            WHERE c.relname IN ('ix_documents_provider_status', 'ix_documents_type_status', 'ix_documents_form526_kind_status')
            """);

        var lines = definitions.Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.All(lines, l => Assert.Contains(" true CREATE INDEX ", l, StringComparison.Ordinal));
        Assert.Contains("ix_documents_form526_kind_status true CREATE INDEX ix_documents_form526_kind_status ON public.documents USING btree (form526_kind, status) WHERE ((form526_submission_id IS NOT NULL) AND (form526_kind IS NOT NULL))", lines);
        Assert.Contains("ix_documents_provider_status true CREATE INDEX ix_documents_provider_status ON public.documents USING btree (provider, status)", lines);
        Assert.Contains("ix_documents_type_status true CREATE INDEX ix_documents_type_status ON public.documents USING btree (document_type, status)", lines);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _stores.DisposeAsync();
}
