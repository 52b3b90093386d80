using DocumentUploads.DocumentWorkflow.Domain;
using DocumentUploads.DocumentWorkflow.Monitoring;
using DocumentUploads.DocumentWorkflow.Storage;

namespace DocumentUploads.DocumentWorkflow.Tests.Monitoring;

/// <summary>Counts by status and stuck documents, against each database.</summary>
public abstract class DocumentStatisticsContract
{
    private static readonly DateTimeOffset Now = new(2026, 11, 10, 12, 0, 0, TimeSpan.Zero);

    protected abstract Task<(IDocumentStore Store, IDocumentStatistics Statistics)> CreateAsync();

    private static async Task<TrackedDocument> Register(IDocumentStore store, string requestId, DateTimeOffset at) =>
        (await store.RegisterAsync(new NewDocument(Guid.CreateVersion7(), "lighthouse", requestId, "600000001", "p1", "L023",
            "a.pdf", []), DocumentStateMachine.Register(at), CancellationToken.None)).Document;

    [Fact]
    public async Task Counts_statuses_and_pending_documents_past_each_threshold()
    {
        var (store, statistics) = await CreateAsync();
        var fresh = await Register(store, "1", Now.AddHours(-1));
        await Register(store, "2", Now.AddHours(-30));          // stuck: warning
        var old = await Register(store, "3", Now.AddHours(-100)); // stuck: warning and critical
        var done = await Register(store, "4", Now.AddHours(-200)); // old but completed: not stuck
        await store.ApplyPollResultsAsync(
        [
            new(old.Seq, old.Version, new Transition(DocumentState.Submitted, null, DocumentState.InProgress, "CLAIMS_EVIDENCE",
                null, "IN_PROGRESS", TransitionKind.Progressed, Now)),
            new(done.Seq, done.Version, new Transition(DocumentState.Submitted, null, DocumentState.Completed, null, null,
                "SUCCESS", TransitionKind.Completed, Now)),
        ], [], Now, CancellationToken.None);

        var counts = await statistics.CountAsync(Now.AddHours(-24), Now.AddHours(-96), CancellationToken.None);

        Assert.Equal(2, counts.ByStatus["submitted"]);
        Assert.Equal(1, counts.ByStatus["in_progress"]);
        Assert.Equal(1, counts.ByStatus["completed"]);
        Assert.Equal((2L, 1L), (counts.StuckPastWarning, counts.StuckPastCritical));
        Assert.NotNull(fresh);
    }

    [Fact]
    public async Task An_empty_store_counts_nothing()
    {
        var (_, statistics) = await CreateAsync();
        var counts = await statistics.CountAsync(Now, Now, CancellationToken.None);
        Assert.Empty(counts.ByStatus);
        Assert.Equal((0L, 0L), (counts.StuckPastWarning, counts.StuckPastCritical));
    }
}
