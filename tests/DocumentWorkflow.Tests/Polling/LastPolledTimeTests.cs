using DocumentUploads.DocumentWorkflow.Domain;
using DocumentUploads.DocumentWorkflow.Polling;
using DocumentUploads.DocumentWorkflow.Storage;

namespace DocumentUploads.DocumentWorkflow.Tests.Polling;

public sealed class LastPolledTimeTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 4, 12, 0, 0, TimeSpan.Zero);

    private static TrackedDocument Document(DocumentState state, DateTimeOffset? lastPolledAt = null, string provider = "lighthouse") =>
        new(1, Guid.CreateVersion7(), provider, "req-1", "600000001", "p1", "L023", "statement.pdf", [], state, null, null,
            T0, T0, lastPolledAt, 0);

    private static PollCycleRecord Cycle(DateTimeOffset startedAt, string outcome, Dictionary<string, int>? errors = null) =>
        new(Guid.CreateVersion7(), "scheduled", startedAt, startedAt.AddSeconds(5), outcome, 10, 0, new Dictionary<string, int>(),
            errors?.Values.Sum() ?? 0, 0, 0, null) { ProviderErrorsByProvider = errors ?? [] };

    [Theory]
    [InlineData(DocumentState.Submitted)]
    [InlineData(DocumentState.InProgress)]
    public void An_unchanged_pending_document_was_last_polled_by_the_newest_cycle_that_asked_all_of_its_provider(DocumentState state)
    {
        var cycles = new[]
        {
            Cycle(T0.AddMinutes(5), PollCycleRecord.Succeeded),
            Cycle(T0.AddMinutes(15), PollCycleRecord.CompletedWithErrors, new() { ["champva"] = 2 }),
            Cycle(T0.AddMinutes(20), PollCycleRecord.CompletedWithErrors, new() { ["lighthouse"] = 1 }),
            Cycle(T0.AddMinutes(25), PollCycleRecord.Failed),
            Cycle(T0.AddMinutes(30), PollCycleRecord.Running),
        };

        Assert.Equal(T0.AddMinutes(15), LastPolledTime.Of(Document(state), cycles));
    }

    [Fact]
    public void A_cycle_that_started_before_the_document_existed_did_not_poll_it()
    {
        var cycles = new[] { Cycle(T0.AddMinutes(-1), PollCycleRecord.Succeeded) };

        Assert.Null(LastPolledTime.Of(Document(DocumentState.Submitted), cycles));
        Assert.Equal(T0.AddMinutes(2), LastPolledTime.Of(Document(DocumentState.InProgress, T0.AddMinutes(2)), cycles));
    }

    [Fact]
    public void The_documents_own_stamp_counts_when_it_is_newer_than_any_cycle_on_record()
    {
        var cycles = new[] { Cycle(T0.AddMinutes(5), PollCycleRecord.Succeeded) };

        Assert.Equal(T0.AddMinutes(7), LastPolledTime.Of(Document(DocumentState.InProgress, T0.AddMinutes(7)), cycles));
    }

    [Theory]
    [InlineData(DocumentState.TimedOut)]
    [InlineData(DocumentState.Completed)]
    [InlineData(DocumentState.Failed)]
    [InlineData(DocumentState.NotFound)]
    [InlineData(DocumentState.UploadFailed)]
    public void Timed_out_and_finished_documents_keep_their_own_stamp(DocumentState state)
    {
        var cycles = new[] { Cycle(T0.AddMinutes(5), PollCycleRecord.Succeeded) };

        Assert.Equal(T0.AddMinutes(1), LastPolledTime.Of(Document(state, T0.AddMinutes(1)), cycles));
        Assert.Null(LastPolledTime.Of(Document(state), cycles));
    }
}
