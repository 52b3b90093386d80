using DocumentUploads.Contracts.Workflow;
using DocumentUploads.UploadApi.Idempotency;

namespace DocumentUploads.UploadApi.Tests.Idempotency;

public sealed class IdempotencyCheckTests
{
    internal static TrackedDocumentView Document { get; } = new(Guid.CreateVersion7(), "600000001", "p1", "lighthouse", "req-1",
        "L023", "statement.pdf", [1234], DocumentStatuses.InProgress, "CLAIMS_EVIDENCE", null,
        new DateTimeOffset(2026, 11, 1, 12, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 1, 12, 5, 0, TimeSpan.Zero), null, []);

    [Fact]
    public void Reserved_proceeds()
    {
        Assert.Equal(IdempotencyCheck.Proceed, IdempotencyCheck.From(new IdempotencyKeyReservation(IdempotencyKeyOutcomes.Reserved)));
    }

    [Fact]
    public void Completed_replays_the_document()
    {
        Assert.Equal(new IdempotencyCheck(IdempotencyVerdict.Replay, Document),
            IdempotencyCheck.From(new IdempotencyKeyReservation(IdempotencyKeyOutcomes.Completed, Document)));
    }

    [Fact]
    public void Completed_without_its_document_is_still_in_progress_rather_than_sent_again()
    {
        Assert.Equal(IdempotencyCheck.InProgress, IdempotencyCheck.From(new IdempotencyKeyReservation(IdempotencyKeyOutcomes.Completed)));
    }

    [Fact]
    public void In_progress_and_mismatch_map_to_their_verdicts()
    {
        Assert.Equal(IdempotencyCheck.InProgress, IdempotencyCheck.From(new IdempotencyKeyReservation(IdempotencyKeyOutcomes.InProgress)));
        Assert.Equal(IdempotencyCheck.Reused, IdempotencyCheck.From(new IdempotencyKeyReservation(IdempotencyKeyOutcomes.Mismatch)));
    }

    [Theory]
    [InlineData("something_new")]
    [InlineData("")]
    public void An_answer_nobody_promised_fails_closed(string outcome)
    {
        Assert.Equal(IdempotencyCheck.Unavailable, IdempotencyCheck.From(new IdempotencyKeyReservation(outcome)));
        Assert.Equal(IdempotencyCheck.Unavailable, IdempotencyCheck.From(null));
    }
}
