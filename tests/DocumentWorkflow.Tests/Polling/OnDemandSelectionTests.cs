using DocumentUploads.DocumentWorkflow.Domain;
using DocumentUploads.DocumentWorkflow.Polling;
using DocumentUploads.DocumentWorkflow.Storage;

namespace DocumentUploads.DocumentWorkflow.Tests.Polling;

public sealed class OnDemandSelectionTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 4, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(60);

    private static TrackedDocument Document(DocumentState state, DateTimeOffset? updatedAt = null, string? requestId = "req-1") =>
        new(1, Guid.CreateVersion7(), "lighthouse", requestId, "600000001", "p1", "L023", "a.pdf", [], state, null, null,
            T0, updatedAt ?? T0, null, 0);

    private static PollCycleRecord SucceededCycle(DateTimeOffset startedAt) =>
        new(Guid.CreateVersion7(), "scheduled", startedAt, startedAt.AddSeconds(2), PollCycleRecord.Succeeded, 1, 0,
            new Dictionary<string, int>(), 0, 0, 0, null);

    [Fact]
    public void A_status_is_known_since_the_newest_of_its_change_its_last_poll_and_its_last_refresh()
    {
        var document = Document(DocumentState.InProgress, updatedAt: T0.AddMinutes(1));
        Assert.Equal(T0.AddMinutes(1), OnDemandSelection.KnownAt(document, [], null));
        Assert.Equal(T0.AddMinutes(3), OnDemandSelection.KnownAt(document, [SucceededCycle(T0.AddMinutes(3))], null));
        Assert.Equal(T0.AddMinutes(4), OnDemandSelection.KnownAt(document, [SucceededCycle(T0.AddMinutes(3))], T0.AddMinutes(4)));
    }

    [Theory]
    [InlineData(DocumentState.Submitted, true)]
    [InlineData(DocumentState.InProgress, true)]
    [InlineData(DocumentState.TimedOut, true)]
    [InlineData(DocumentState.Completed, false)]
    [InlineData(DocumentState.Failed, false)]
    [InlineData(DocumentState.NotFound, false)]
    [InlineData(DocumentState.UploadFailed, false)]
    public void Only_pending_documents_are_refreshed(DocumentState state, bool refreshed) =>
        Assert.Equal(refreshed, OnDemandSelection.Stale([Document(state)], [], _ => null, T0.AddHours(1), MaxAge, 10).Count == 1);

    [Fact]
    public void A_document_never_accepted_by_a_provider_has_nothing_to_ask() =>
        Assert.Empty(OnDemandSelection.Stale([Document(DocumentState.Submitted, requestId: null)], [], _ => null, T0.AddHours(1), MaxAge, 10));

    [Fact]
    public void A_status_exactly_the_max_age_old_is_stale_and_a_younger_one_is_not()
    {
        Assert.Single(OnDemandSelection.Stale([Document(DocumentState.Submitted)], [], _ => null, T0 + MaxAge, MaxAge, 10));
        Assert.Empty(OnDemandSelection.Stale([Document(DocumentState.Submitted)], [], _ => null, T0 + MaxAge - TimeSpan.FromTicks(1), MaxAge, 10));
        Assert.Empty(OnDemandSelection.Stale([Document(DocumentState.Submitted)], [], _ => T0.AddMinutes(59.5), T0.AddHours(1), MaxAge, 10));
    }
}
