using System.Diagnostics;
using DocumentUploads.DocumentWorkflow.Domain;
using DocumentUploads.DocumentWorkflow.Storage;
using Xunit.Abstractions;

namespace DocumentUploads.DocumentWorkflow.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresPageWriteTests(PostgresFixture postgres, ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly PostgresStores _stores = new(postgres.Cluster);

    [Fact]
    public async Task A_page_of_a_thousand_changes_is_one_transaction_that_skips_only_the_stale_change()
    {
        var (store, sql) = await _stores.CreateInitializedAsync();
        await PostgresSeed.InsertDocumentsAsync(sql, 1000, T0);
        var page = await store.GetPendingPageAsync(0, 1000, T0, None);
        Assert.Equal(1000, page.Count);

        // Another writer moves one document after the page was read: the page's change for it is stale.
        var stale = page[500];
        Assert.Single((await store.ApplyPollResultsAsync(
            [new(stale.Seq, stale.Version, Move(DocumentState.InProgress, "CLAIMS_EVIDENCE", TransitionKind.Progressed))],
            [], T0, None)).Applied);
        var changes = page.Select(d => new DocumentChange(d.Seq, d.Version,
            Move(DocumentState.Completed, null, TransitionKind.Completed))).ToList();
        var polledAt = T0.AddMinutes(1);

        var stopwatch = Stopwatch.StartNew();
        var result = await store.ApplyPollResultsAsync(changes, page.Select(d => d.Seq).ToList(), polledAt, None);
        output.WriteLine($"PostgreSQL: a page of {changes.Count} changes + {page.Count} polled ids took {stopwatch.ElapsedMilliseconds} ms");

        Assert.Equal(1, result.Conflicts);
        Assert.Equal(changes.Where(c => c.Seq != stale.Seq), result.Applied); // in page order
        Assert.Equal([("completed", 999L), ("in_progress", 1L)],
            await sql.RowsAsync("SELECT status, count(*) FROM documents GROUP BY status ORDER BY status",
                r => (r.GetString(0), r.GetInt64(1))));
        Assert.Equal(999L, await sql.ScalarAsync<long>("SELECT count(*) FROM document_transitions WHERE kind = 'completed'"));
        Assert.Equal(0L, await sql.ScalarAsync<long>(
            $"SELECT count(*) FROM documents WHERE last_polled_at IS DISTINCT FROM '{polledAt:O}'::timestamptz"));
        // One transaction: every row the page wrote (all 1000 documents, moved or only marked
        // polled, and the 999 history rows) carries the same creating transaction id.
        Assert.Equal(1L, await sql.ScalarAsync<long>("""
            SELECT count(DISTINCT x) FROM (
                SELECT xmin::text AS x FROM documents
                UNION ALL SELECT xmin::text FROM document_transitions WHERE kind = 'completed') written
            """));
    }

    [Fact]
    public async Task Only_marking_documents_polled_changes_no_version_and_adds_no_history()
    {
        var (store, sql) = await _stores.CreateInitializedAsync();
        await PostgresSeed.InsertDocumentsAsync(sql, 10, T0);
        var page = await store.GetPendingPageAsync(0, 10, T0, None);

        var result = await store.ApplyPollResultsAsync([], page.Take(4).Select(d => d.Seq).ToList(), T0.AddMinutes(2), None);

        Assert.Empty(result.Applied);
        Assert.Equal(4L, await sql.ScalarAsync<long>("SELECT count(*) FROM documents WHERE last_polled_at IS NOT NULL"));
        Assert.Equal(0L, await sql.ScalarAsync<long>("SELECT count(*) FROM documents WHERE version <> 0"));
        Assert.Equal(0L, await sql.ScalarAsync<long>("SELECT count(*) FROM document_transitions"));
    }

    private static Transition Move(DocumentState to, string? step, TransitionKind kind) =>
        new(DocumentState.Submitted, null, to, step, null, "IN_PROGRESS", kind, T0.AddMinutes(1));



    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _stores.DisposeAsync();
}
