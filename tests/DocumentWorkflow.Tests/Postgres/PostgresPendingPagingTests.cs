using DocumentUploads.DocumentWorkflow.Storage.Postgres;
using DocumentUploads.DocumentWorkflow.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using System.Diagnostics;
using Xunit.Abstractions;

namespace DocumentUploads.DocumentWorkflow.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresPendingPagingTests(PostgresFixture postgres, ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly PostgresStores _stores = new(postgres.Cluster);

    [Fact]
    public async Task Twenty_thousand_due_documents_among_a_hundred_thousand_page_in_seq_order_through_the_partial_index()
    {
        var database = await _stores.CreateDatabaseAsync();
        var storeConnections = _stores.DataSource(database);
        var store = new DocumentStore(new PostgresDialect(storeConnections), NullLogger<DocumentStore>.Instance);
        await store.InitializeAsync(None);
        var sql = _stores.DataSource(database);
        // i % 5 == 0: due (submitted, in progress, or timed out and polled a day ago);
        // i % 5 == 1: timed out and polled just now (pending, not due yet); the rest are terminal.
        await PostgresSeed.InsertDocumentsAsync(sql, 100_000, T0,
            statusSql: """
                CASE WHEN i % 5 = 0 THEN (ARRAY['submitted', 'in_progress', 'timed_out'])[(i / 5) % 3 + 1]
                     WHEN i % 5 = 1 THEN 'timed_out'
                     ELSE (ARRAY['completed', 'failed', 'not_found'])[i % 5 - 1] END
                """,
            lastPolledSql: "CASE WHEN i % 5 = 1 THEN @t0 WHEN i % 5 = 0 THEN @t0 - interval '1 day' END");
        var scansBefore = await PendingIndexScansAsync(sql);

        var seen = new List<(long Seq, string RequestId)>();
        var queries = 0;
        var stopwatch = Stopwatch.StartNew();
        for (long after = 0; ; )
        {
            var page = await store.GetPendingPageAsync(after, 1000, T0.AddMinutes(-30), None);
            queries++;
            if (page.Count == 0) break;
            seen.AddRange(page.Select(d => (d.Seq, d.ProviderRequestId)));
            after = page[^1].Seq;
        }
        output.WriteLine($"Paged {seen.Count} due documents in {queries} queries in {stopwatch.ElapsedMilliseconds} ms");

        Assert.Equal(21, queries); // 20 full pages, then an empty one
        Assert.All(seen.Zip(seen.Skip(1)), pair => Assert.True(pair.First.Seq < pair.Second.Seq)); // ordered, no repeats
        Assert.Equal(Enumerable.Range(1, 20_000).Select(k => $"req-{k * 5}").ToHashSet(),
            seen.Select(d => d.RequestId).ToHashSet()); // no gaps, nothing extra

        // Each page query walked ix_documents_pending: the planner's choice, as counted by the server.
        // An idle session may hold its counts back ~10 s; ending the store's sessions publishes them.
        await storeConnections.DisposeAsync();
        await WaitForAsync(async () => await PendingIndexScansAsync(sql) - scansBefore >= queries);
    }

    private static Task<long> PendingIndexScansAsync(NpgsqlDataSource sql) =>
        sql.ScalarAsync<long>("SELECT idx_scan FROM pg_stat_user_indexes WHERE indexrelname = 'ix_documents_pending'");

    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        var deadline = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(15), "The pending page queries did not use ix_documents_pending.");
            await Task.Delay(50);
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _stores.DisposeAsync();
}
