using Dapper;
using DocumentUploads.DocumentWorkflow.Domain;
using DocumentUploads.DocumentWorkflow.Retention;
using DocumentUploads.DocumentWorkflow.Storage;
using DocumentUploads.DocumentWorkflow.Tests.Ops;

namespace DocumentUploads.DocumentWorkflow.Tests.Retention;

/// <summary>What every <see cref="IRetentionStore"/> must do; run against SQLite and PostgreSQL. Documents are put in
/// through the document store, as the service does; what is left is read back with plain SQL.</summary>
public abstract class RetentionStoreContract
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Cutoff = T0.AddDays(30);
    private static readonly CancellationToken None = CancellationToken.None;

    /// <summary>A fresh, migrated database: the retention store, the document store, and the dialect to check with.</summary>
    protected abstract Task<(IRetentionStore Retention, IDocumentStore Documents, SqlDialect Sql)> CreateStoresAsync();

    [Fact]
    public async Task A_slice_deletes_exactly_the_old_finished_unkept_documents_with_their_history()
    {
        var (retention, documents, sql) = await CreateStoresAsync();
        var seed = new OpsSeed(documents);
        var oldCompleted = await FinishAsync(seed, DocumentState.Completed, TransitionKind.Completed, Cutoff.AddDays(-5));
        var oldFailed = await FinishAsync(seed, DocumentState.Failed, TransitionKind.Failed, Cutoff.AddDays(-1));
        var oldNotFound = await FinishAsync(seed, DocumentState.NotFound, TransitionKind.NotFound, Cutoff.AddMilliseconds(-1));
        var oldUploadFailed = await seed.RegisterUploadFailureAsync(Cutoff.AddDays(-2), "UPSTREAM_REJECTED: no");
        var youngCompleted = await FinishAsync(seed, DocumentState.Completed, TransitionKind.Completed, Cutoff);
        var oldSubmitted = await seed.RegisterAsync(T0);
        var oldInProgress = await seed.MoveAsync(await seed.RegisterAsync(T0), DocumentState.InProgress, "received", TransitionKind.Progressed, T0);
        var oldTimedOut = await seed.MoveAsync(await seed.RegisterAsync(T0), DocumentState.TimedOut, null, TransitionKind.TimedOut, T0);
        var kept = await FinishAsync(seed, DocumentState.Completed, TransitionKind.Completed, T0);
        Assert.NotNull(await retention.SetKeepAsync(kept.Id, new DocumentKeep(T0, "ops-1", "disputed"), None));
        var form526 = await seed.MoveAsync(await seed.RegisterAsync(T0, form526Kind: "form_0781", submissionId: "s-1"),
            DocumentState.Completed, null, TransitionKind.Completed, T0);

        var slice = await retention.DeleteSliceAsync(Cutoff, 100, None);

        Assert.Equal(4, slice.Documents);
        // Each deleted document had two history rows (registered, finished) but the upload failure, which had one;
        // the failed and the not-found one each had a failure notice.
        Assert.Equal(4 + 2 + 2 + 2 + 1 + 2, slice.Rows);
        Assert.Equal([oldTimedOut.Seq], await SeqsAsync(sql, "SELECT document_seq FROM document_notices")); // pending: kept
        Assert.Equal(Seqs(youngCompleted, oldSubmitted, oldInProgress, oldTimedOut, kept, form526), await DocumentSeqsAsync(sql));
        Assert.Equal(Seqs(youngCompleted, oldSubmitted, oldInProgress, oldTimedOut, kept, form526), await HistorySeqsAsync(sql));
        foreach (var deleted in new[] { oldCompleted, oldFailed, oldNotFound, oldUploadFailed })
        {
            Assert.Null(await documents.GetAsync(deleted.Id, None));
        }
        Assert.Equal(new RetentionSlice(0, 0), await retention.DeleteSliceAsync(Cutoff, 100, None));
    }

    [Fact]
    public async Task A_slice_deletes_at_most_its_limit_oldest_first_and_the_next_slice_takes_the_rest()
    {
        var (retention, documents, sql) = await CreateStoresAsync();
        var seed = new OpsSeed(documents);
        var newest = await FinishAsync(seed, DocumentState.Completed, TransitionKind.Completed, T0.AddDays(3));
        await FinishAsync(seed, DocumentState.Completed, TransitionKind.Completed, T0.AddDays(1));
        await FinishAsync(seed, DocumentState.Failed, TransitionKind.Failed, T0.AddDays(2));

        // Two documents, two history rows each, and the failed one's notice.
        Assert.Equal(new RetentionSlice(2, 7), await retention.DeleteSliceAsync(Cutoff, 2, None));
        Assert.Equal(Seqs(newest), await DocumentSeqsAsync(sql));
        Assert.Equal(new RetentionSlice(1, 3), await retention.DeleteSliceAsync(Cutoff, 2, None));
        Assert.Empty(await DocumentSeqsAsync(sql));
        Assert.Empty(await HistorySeqsAsync(sql));
    }

    [Fact]
    public async Task A_keep_mark_is_recorded_with_who_and_when_and_clearing_it_lets_retention_delete_the_document()
    {
        var (retention, documents, sql) = await CreateStoresAsync();
        var seed = new OpsSeed(documents);
        var document = await FinishAsync(seed, DocumentState.Completed, TransitionKind.Completed, T0);
        var keep = new DocumentKeep(T0.AddDays(40), "ops-7", "evidence in an appeal");

        Assert.Equal(new DocumentRetentionFacts(document.Id, "completed", T0, false, null), await retention.GetFactsAsync(document.Id, None));
        Assert.Equal(new DocumentRetentionFacts(document.Id, "completed", T0, false, keep), await retention.SetKeepAsync(document.Id, keep, None));
        Assert.Equal(keep, (await retention.GetFactsAsync(document.Id, None))!.Keep);
        Assert.Equal(0, (await retention.DeleteSliceAsync(Cutoff, 100, None)).Documents);

        Assert.Null((await retention.SetKeepAsync(document.Id, null, None))!.Keep);
        Assert.Equal(1, (await retention.DeleteSliceAsync(Cutoff, 100, None)).Documents);
        Assert.Empty(await DocumentSeqsAsync(sql));
    }

    [Fact]
    public async Task Keeping_an_unknown_document_finds_nothing_and_changes_nothing()
    {
        var (retention, documents, sql) = await CreateStoresAsync();
        var document = await FinishAsync(new OpsSeed(documents), DocumentState.Completed, TransitionKind.Completed, T0);

        Assert.Null(await retention.SetKeepAsync(Guid.NewGuid(), new DocumentKeep(T0, "ops-1", "why"), None));
        Assert.Null(await retention.GetFactsAsync(Guid.NewGuid(), None));
        Assert.Null((await retention.GetFactsAsync(document.Id, None))!.Keep);
        Assert.Equal(Seqs(document), await DocumentSeqsAsync(sql));
    }

    [Fact]
    public async Task The_last_run_is_the_most_recently_started_one()
    {
        var (retention, _, _) = await CreateStoresAsync();
        Assert.Null(await retention.LastRunAsync(None));
        var earlier = new RetentionRun(Guid.NewGuid(), T0, T0.AddSeconds(5), T0.AddDays(-60), RetentionRun.Completed, 3, 9);
        var later = new RetentionRun(Guid.NewGuid(), T0.AddHours(1), T0.AddHours(1).AddMilliseconds(250), T0.AddDays(-60).AddHours(1),
            RetentionRun.Failed, 1_000_000, 4_000_000);

        await retention.SaveRunAsync(later, None);
        await retention.SaveRunAsync(earlier, None);

        Assert.Equal(later, await retention.LastRunAsync(None));
    }

    private static async Task<TrackedDocument> FinishAsync(OpsSeed seed, DocumentState to, TransitionKind kind, DateTimeOffset at) =>
        await seed.MoveAsync(await seed.RegisterAsync(at.AddDays(-1)), to, null, kind, at);

    private static long[] Seqs(params TrackedDocument[] documents) => documents.Select(d => d.Seq).Order().ToArray();

    private static async Task<long[]> DocumentSeqsAsync(SqlDialect sql)
    {
        await using var connection = await sql.OpenAsync(None);
        return (await connection.QueryAsync<long>("SELECT seq FROM documents ORDER BY seq")).ToArray();
    }

    private static async Task<long[]> SeqsAsync(SqlDialect sql, string query)
    {
        await using var connection = await sql.OpenAsync(None);
        return (await connection.QueryAsync<long>(query)).ToArray();
    }

    private static async Task<long[]> HistorySeqsAsync(SqlDialect sql)
    {
        await using var connection = await sql.OpenAsync(None);
        return (await connection.QueryAsync<long>("SELECT DISTINCT document_seq FROM document_transitions ORDER BY document_seq")).ToArray();
    }
}
