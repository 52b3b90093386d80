using DocumentUploads.Contracts.Workflow;
using DocumentUploads.DocumentWorkflow.Idempotency;

namespace DocumentUploads.DocumentWorkflow.Tests.Idempotency;

public sealed class ReservationRulesTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan AbandonAfter = TimeSpan.FromMinutes(5);
    private static readonly Guid Holder = Guid.CreateVersion7();
    private static readonly string FileA = new('a', 64);

    private static StoredReservation Stored(string state, bool accepted = false, string? fingerprint = null) =>
        new(fingerprint ?? FileA, Holder, state, T0, accepted);

    private static IdempotencyKeyReservationRequest Retry(string? fingerprint = null) =>
        new("p1", "key-1", fingerprint ?? FileA, Guid.CreateVersion7());

    private static ReservationDecision Decide(StoredReservation stored, IdempotencyKeyReservationRequest request, TimeSpan after) =>
        ReservationRules.Decide(stored, request, T0 + after, AbandonAfter);

    [Theory]
    [InlineData(IdempotencyKeyStates.Reserved, false)]
    [InlineData(IdempotencyKeyStates.Reserved, true)]
    [InlineData(IdempotencyKeyStates.Completed, true)]
    [InlineData(IdempotencyKeyStates.Released, false)]
    public void A_different_fingerprint_is_a_mismatch_in_every_state_and_writes_nothing(string state, bool accepted)
    {
        var decision = Decide(Stored(state, accepted), Retry(new string('b', 64)), TimeSpan.FromDays(1));

        Assert.Equal(new ReservationDecision(new ReservationResult(ReservationOutcome.Mismatch), ReservationWrite.None), decision);
    }

    [Fact]
    public void A_completed_key_answers_its_document()
    {
        Assert.Equal(new ReservationDecision(new ReservationResult(ReservationOutcome.Completed, Holder), ReservationWrite.None),
            Decide(Stored(IdempotencyKeyStates.Completed), Retry(), TimeSpan.FromDays(30)));
    }

    [Fact]
    public void A_released_key_is_taken_over_at_once()
    {
        var retry = Retry();
        Assert.Equal(new ReservationDecision(new ReservationResult(ReservationOutcome.Reserved, retry.DocumentId), ReservationWrite.TakeOver),
            Decide(Stored(IdempotencyKeyStates.Released), retry, TimeSpan.Zero));
    }

    [Fact]
    public void A_reserved_key_whose_document_the_provider_has_becomes_completed_even_after_the_timeout()
    {
        var expected = new ReservationDecision(new ReservationResult(ReservationOutcome.Completed, Holder), ReservationWrite.MarkCompleted);
        Assert.Equal(expected, Decide(Stored(IdempotencyKeyStates.Reserved, accepted: true), Retry(), TimeSpan.FromSeconds(1)));
        Assert.Equal(expected, Decide(Stored(IdempotencyKeyStates.Reserved, accepted: true), Retry(), TimeSpan.FromHours(1)));
    }

    [Fact]
    public void The_holder_asking_again_still_holds_the_key_even_after_the_timeout()
    {
        var again = Retry() with { DocumentId = Holder };
        Assert.Equal(new ReservationDecision(new ReservationResult(ReservationOutcome.Reserved, Holder), ReservationWrite.None),
            Decide(Stored(IdempotencyKeyStates.Reserved), again, TimeSpan.FromHours(1)));
    }

    [Fact]
    public void Another_attempt_waits_until_the_timeout_and_then_takes_over()
    {
        var retry = Retry();
        Assert.Equal(ReservationOutcome.InProgress, Decide(Stored(IdempotencyKeyStates.Reserved), retry, TimeSpan.Zero).Result.Outcome);
        Assert.Equal(ReservationOutcome.InProgress,
            Decide(Stored(IdempotencyKeyStates.Reserved), retry, AbandonAfter - TimeSpan.FromTicks(1)).Result.Outcome);
        Assert.Equal(new ReservationDecision(new ReservationResult(ReservationOutcome.Reserved, retry.DocumentId), ReservationWrite.TakeOver),
            Decide(Stored(IdempotencyKeyStates.Reserved), retry, AbandonAfter));
    }

    [Fact]
    public void An_in_progress_answer_does_not_reveal_the_holder()
    {
        Assert.Null(Decide(Stored(IdempotencyKeyStates.Reserved), Retry(), TimeSpan.Zero).Result.DocumentId);
    }
}
