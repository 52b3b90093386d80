using DocumentUploads.DocumentWorkflow.Domain;
using DocumentUploads.DocumentWorkflow.Ops.Queries;
using DocumentUploads.DocumentWorkflow.Storage;

namespace DocumentUploads.DocumentWorkflow.Tests.Ops;

/// <summary>What every <see cref="IOpsQueries"/> must answer, over documents registered and moved through the
/// document store of the same database.</summary>
public abstract class OpsQueriesContract
{
    private static readonly DateTimeOffset Now = new(2026, 11, 10, 12, 0, 0, TimeSpan.Zero);
    private static readonly CancellationToken None = CancellationToken.None;

    /// <summary>A fresh, initialized, empty database: its document store and its dashboard queries.</summary>
    protected abstract Task<(IDocumentStore Documents, IOpsQueries Queries)> CreateAsync();

    [Fact]
    public async Task Counts_group_by_status_and_step_and_by_status_within_provider_type_and_form526_kind()
    {
        var (store, queries) = await CreateAsync();
        var seed = new OpsSeed(store);
        var vbms = await seed.MoveAsync(await seed.RegisterAsync(Now), DocumentState.InProgress, "CLAIMS_EVIDENCE", TransitionKind.Progressed, Now);
        await seed.MoveAsync(await seed.RegisterAsync(Now), DocumentState.InProgress, "CLAIMS_EVIDENCE", TransitionKind.Progressed, Now);
        await seed.MoveAsync(await seed.RegisterAsync(Now, documentType: "L228"), DocumentState.Completed, null, TransitionKind.Completed, Now);
        await seed.MoveAsync(await seed.RegisterAsync(Now, provider: "champva"), DocumentState.Failed, "PEGA", TransitionKind.Failed, Now, "rejected");
        await seed.RegisterAsync(Now, form526Kind: "bdd_instructions");
        await seed.RegisterUploadFailureAsync(Now, "down");

        var counts = await queries.CountAsync(None);

        Assert.Equal(
            [new("completed", null, 1), new("failed", "PEGA", 1), new("in_progress", "CLAIMS_EVIDENCE", 2), new("submitted", null, 1),
                new StatusStepCount("upload_failed", null, 1)],
            counts.ByStatusAndStep.OrderBy(c => c.Status, StringComparer.Ordinal));
        Assert.Equal(
            [new("champva", "failed", 1), new("lighthouse", "completed", 1), new("lighthouse", "in_progress", 2),
                new("lighthouse", "submitted", 1), new GroupCount("lighthouse", "upload_failed", 1)],
            Sorted(counts.ByProvider));
        Assert.Equal(
            [new("L023", "failed", 1), new("L023", "in_progress", 2), new("L023", "submitted", 1), new("L023", "upload_failed", 1),
                new GroupCount("L228", "completed", 1)],
            Sorted(counts.ByDocumentType));
        Assert.Equal([new GroupCount("bdd_instructions", "submitted", 1)], counts.ByForm526Kind);
        Assert.NotNull(vbms);
    }

    [Fact]
    public async Task An_empty_database_counts_nothing()
    {
        var (_, queries) = await CreateAsync();
        var counts = await queries.CountAsync(None);
        Assert.Equal(0, counts.ByStatusAndStep.Count + counts.ByProvider.Count + counts.ByDocumentType.Count + counts.ByForm526Kind.Count);
        Assert.Empty(await queries.ThroughputAsync(Now.AddDays(-7), TimeSpan.FromHours(6), 28, None));
        Assert.Empty(await queries.LatestInStatusAsync(["failed"], 5, None));
        Assert.Empty(await queries.PendingCreatedBeforeAsync(Now, 5, None));
    }

    [Fact]
    public async Task Throughput_counts_uploads_completions_and_failures_per_bucket_inside_the_range_only()
    {
        var (store, queries) = await CreateAsync();
        var seed = new OpsSeed(store);
        var from = Now.AddHours(-3);
        var before = await seed.RegisterAsync(from.AddMilliseconds(-1));                 // just before the range: not an upload here
        await seed.MoveAsync(before, DocumentState.Completed, null, TransitionKind.Completed, from.AddMinutes(30)); // completion in bucket 0
        var a = await seed.RegisterAsync(from);                                          // first instant of bucket 0
        var b = await seed.RegisterAsync(from.AddHours(1).AddMilliseconds(-1));         // last instant of bucket 0
        await seed.RegisterAsync(from.AddHours(2).AddMinutes(10));                      // bucket 2
        await seed.RegisterUploadFailureAsync(from.AddHours(2).AddMinutes(20), "down");  // bucket 2: an upload and a failure
        await seed.MoveAsync(a, DocumentState.Failed, "BENEFITS_GATEWAY_SERVICE", TransitionKind.Failed, from.AddHours(1), "x"); // bucket 1
        var moved = await seed.MoveAsync(b, DocumentState.InProgress, "CLAIMS_EVIDENCE", TransitionKind.Progressed, from.AddHours(1)); // not counted
        await seed.MoveAsync(moved, DocumentState.Completed, null, TransitionKind.Completed, from.AddHours(3)); // at the range's end: outside

        var counts = await queries.ThroughputAsync(from, TimeSpan.FromHours(1), 3, None);

        Assert.Equal(
            [(0, "completions", 1L), (0, "uploads", 2L), (1, "failures", 1L), (2, "failures", 1L), (2, "uploads", 2L)],
            counts.Select(c => (c.Bucket, c.Series, c.Count)).OrderBy(c => c.Bucket).ThenBy(c => c.Series, StringComparer.Ordinal));
    }

    [Fact]
    public async Task Latest_in_status_lists_the_most_recently_changed_first_across_statuses_up_to_the_limit()
    {
        var (store, queries) = await CreateAsync();
        var seed = new OpsSeed(store);
        var oldFailure = await seed.MoveAsync(await seed.RegisterAsync(Now.AddHours(-5)), DocumentState.Failed, "CLAIMS_EVIDENCE",
            TransitionKind.Failed, Now.AddHours(-4), "VBMS said no");
        var uploadFailure = await seed.RegisterUploadFailureAsync(Now.AddHours(-2), "Lighthouse answered 500");
        var newFailure = await seed.MoveAsync(await seed.RegisterAsync(Now.AddHours(-3)), DocumentState.Failed, "BENEFITS_GATEWAY_SERVICE",
            TransitionKind.Failed, Now.AddHours(-1), "BGS said no");
        await seed.MoveAsync(await seed.RegisterAsync(Now.AddHours(-3)), DocumentState.Completed, null, TransitionKind.Completed, Now);

        var all = await queries.LatestInStatusAsync(["failed", "upload_failed"], 10, None);
        var two = await queries.LatestInStatusAsync(["failed", "upload_failed"], 2, None);

        Assert.Equal([newFailure.Id, uploadFailure.Id, oldFailure.Id], all.Select(d => d.Id));
        Assert.Equal([newFailure.Id, uploadFailure.Id], two.Select(d => d.Id));
        var first = all[0];
        Assert.Equal(("lighthouse", "failed", "BENEFITS_GATEWAY_SERVICE", "in BGS", "BGS said no", "L023", Now.AddHours(-3), Now.AddHours(-1)),
            (first.Provider, first.Status, first.Step, first.StepLabel, first.Error, first.DocumentType, first.CreatedAt, first.UpdatedAt));
        Assert.Equal("Lighthouse answered 500", all[1].Error);
    }

    [Fact]
    public async Task Pending_created_before_lists_submitted_and_in_progress_oldest_first_and_nothing_else()
    {
        var (store, queries) = await CreateAsync();
        var seed = new OpsSeed(store);
        // Registered out of upload order (a late registration replayed from upload-api's outbox): age decides.
        var older = await seed.MoveAsync(await seed.RegisterAsync(Now.AddHours(-30)), DocumentState.InProgress, "CLAIMS_EVIDENCE",
            TransitionKind.Progressed, Now.AddHours(-29));
        var oldest = await seed.RegisterAsync(Now.AddHours(-100));
        await seed.RegisterAsync(Now.AddHours(-1));                                                                   // too recent
        await seed.MoveAsync(await seed.RegisterAsync(Now.AddHours(-200)), DocumentState.TimedOut, null, TransitionKind.TimedOut, Now); // timed out
        await seed.MoveAsync(await seed.RegisterAsync(Now.AddHours(-200)), DocumentState.Completed, null, TransitionKind.Completed, Now); // done

        var stuck = await queries.PendingCreatedBeforeAsync(Now.AddHours(-24), 10, None);
        var one = await queries.PendingCreatedBeforeAsync(Now.AddHours(-24), 1, None);

        Assert.Equal([oldest.Id, older.Id], stuck.Select(d => d.Id));
        Assert.Equal([oldest.Id], one.Select(d => d.Id));
        Assert.Equal(("in_progress", "in VBMS"), (stuck[1].Status, stuck[1].StepLabel));
    }

    private static IEnumerable<GroupCount> Sorted(IEnumerable<GroupCount> counts) =>
        counts.OrderBy(c => c.Key, StringComparer.Ordinal).ThenBy(c => c.Status, StringComparer.Ordinal);
}
