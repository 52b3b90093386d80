using DocumentUploads.Contracts.Workflow;
using DocumentUploads.DocumentWorkflow.Domain;
using DocumentUploads.DocumentWorkflow.Idempotency;
using DocumentUploads.DocumentWorkflow.Storage;

namespace DocumentUploads.DocumentWorkflow.Tests.Idempotency;

/// <summary>What every <see cref="IIdempotencyStore"/> must do; run against SQLite and PostgreSQL.</summary>
public abstract class IdempotencyStoreContract
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan AbandonAfter = TimeSpan.FromMinutes(5);
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly string FileA = new('a', 64);
    private static readonly string FileB = new('b', 64);

    /// <summary>A fresh, migrated database: its idempotency store and the document store beside it.</summary>
    protected abstract Task<(IIdempotencyStore Keys, IDocumentStore Documents)> CreateStoresAsync();

    private static IdempotencyKeyReservationRequest Attempt(string fingerprint, string key = "key-1", string participant = "p1") =>
        new(participant, key, fingerprint, Guid.CreateVersion7());

    private static IdempotencyKeyAttempt Held(IdempotencyKeyReservationRequest r) => new(r.ParticipantId, r.Key, r.DocumentId);

    private static Task<ReservationResult> Reserve(IIdempotencyStore keys, IdempotencyKeyReservationRequest r, DateTimeOffset at) =>
        keys.ReserveAsync(r, at, AbandonAfter, None);

    private static Task RegisterAsync(IDocumentStore documents, Guid id, bool accepted) => documents.RegisterAsync(
        new NewDocument(id, "lighthouse", accepted ? $"req-{id:N}" : null, "600000001", "p1", "L023", "statement.pdf", []),
        accepted ? DocumentStateMachine.Register(T0) : DocumentStateMachine.RegisterUploadFailure("UPSTREAM_REJECTED: no", T0),
        None);

    [Fact]
    public async Task A_new_key_is_reserved_for_its_attempt_which_still_holds_it_when_it_asks_again()
    {
        var (keys, _) = await CreateStoresAsync();
        var first = Attempt(FileA);

        Assert.Equal(new ReservationResult(ReservationOutcome.Reserved, first.DocumentId), await Reserve(keys, first, T0));
        Assert.Equal(new ReservationResult(ReservationOutcome.Reserved, first.DocumentId),
            await Reserve(keys, first, T0.AddSeconds(1)));
    }

    [Fact]
    public async Task The_same_request_while_the_first_attempt_runs_is_in_progress()
    {
        var (keys, _) = await CreateStoresAsync();
        await Reserve(keys, Attempt(FileA), T0);

        Assert.Equal(new ReservationResult(ReservationOutcome.InProgress), await Reserve(keys, Attempt(FileA), T0.AddMinutes(1)));
    }

    [Fact]
    public async Task A_different_request_under_the_key_is_a_mismatch_whether_it_is_reserved_completed_or_released()
    {
        var (keys, _) = await CreateStoresAsync();
        var running = Attempt(FileA, key: "running");
        var done = Attempt(FileA, key: "done");
        var released = Attempt(FileA, key: "released");
        foreach (var r in new[] { running, done, released }) await Reserve(keys, r, T0);
        Assert.True(await keys.CompleteAsync(Held(done), T0, None));
        Assert.True(await keys.ReleaseAsync(Held(released), None));

        foreach (var key in new[] { "running", "done", "released" })
        {
            // Long after the timeout too: a key stays bound to its first request.
            Assert.Equal(ReservationOutcome.Mismatch, (await Reserve(keys, Attempt(FileB, key), T0.AddHours(1))).Outcome);
        }
    }

    [Fact]
    public async Task Keys_belong_to_one_participant()
    {
        var (keys, _) = await CreateStoresAsync();
        await Reserve(keys, Attempt(FileA, participant: "p1"), T0);

        Assert.Equal(ReservationOutcome.Reserved, (await Reserve(keys, Attempt(FileB, participant: "p2"), T0)).Outcome);
    }

    [Fact]
    public async Task A_completed_key_answers_every_later_retry_with_its_document()
    {
        var (keys, _) = await CreateStoresAsync();
        var first = Attempt(FileA);
        await Reserve(keys, first, T0);

        Assert.True(await keys.CompleteAsync(Held(first), T0.AddSeconds(3), None));
        Assert.True(await keys.CompleteAsync(Held(first), T0.AddSeconds(4), None)); // a repeated call

        Assert.Equal(new ReservationResult(ReservationOutcome.Completed, first.DocumentId), await Reserve(keys, Attempt(FileA), T0.AddSeconds(5)));
        Assert.Equal(new ReservationResult(ReservationOutcome.Completed, first.DocumentId), await Reserve(keys, Attempt(FileA), T0.AddDays(2)));
        Assert.False(await keys.ReleaseAsync(Held(first), None)); // a completion is never undone
        Assert.Equal(ReservationOutcome.Completed, (await Reserve(keys, Attempt(FileA), T0.AddDays(2))).Outcome);
    }

    [Fact]
    public async Task A_released_key_can_be_reserved_again_at_once_by_the_same_request()
    {
        var (keys, _) = await CreateStoresAsync();
        var first = Attempt(FileA);
        await Reserve(keys, first, T0);

        Assert.True(await keys.ReleaseAsync(Held(first), None));
        Assert.True(await keys.ReleaseAsync(Held(first), None)); // a repeated call
        Assert.False(await keys.CompleteAsync(Held(first), T0, None));

        var retry = Attempt(FileA);
        Assert.Equal(new ReservationResult(ReservationOutcome.Reserved, retry.DocumentId), await Reserve(keys, retry, T0.AddSeconds(1)));
        Assert.Equal(ReservationOutcome.InProgress, (await Reserve(keys, Attempt(FileA), T0.AddSeconds(2))).Outcome);
    }

    [Fact]
    public async Task Keys_first_used_before_the_cut_off_are_purged_and_their_key_is_then_new()
    {
        var (keys, _) = await CreateStoresAsync();
        var old = Attempt(FileA, key: "old");
        var recent = Attempt(FileA, key: "recent");
        await Reserve(keys, old, T0);
        Assert.True(await keys.CompleteAsync(Held(old), T0, None));
        await Reserve(keys, recent, T0.AddHours(2));

        Assert.Equal(1, await keys.PurgeAsync(T0.AddHours(1), 100, None));
        Assert.Equal(0, await keys.PurgeAsync(T0.AddHours(1), 100, None));

        // The purged key no longer binds its first request; the kept one still does.
        var reuse = Attempt(FileB, key: "old");
        Assert.Equal(new ReservationResult(ReservationOutcome.Reserved, reuse.DocumentId), await Reserve(keys, reuse, T0.AddHours(3)));
        Assert.Equal(ReservationOutcome.Mismatch, (await Reserve(keys, Attempt(FileB, key: "recent"), T0.AddHours(3))).Outcome);
    }

    [Fact]
    public async Task A_key_whose_attempt_took_it_over_after_the_cut_off_is_not_purged()
    {
        var (keys, _) = await CreateStoresAsync();
        var first = Attempt(FileA);
        await Reserve(keys, first, T0);
        Assert.True(await keys.ReleaseAsync(Held(first), None));
        var retry = Attempt(FileA);
        Assert.Equal(ReservationOutcome.Reserved, (await Reserve(keys, retry, T0.AddHours(2))).Outcome);

        Assert.Equal(0, await keys.PurgeAsync(T0.AddHours(1), 100, None));
        Assert.Equal(ReservationOutcome.InProgress, (await Reserve(keys, Attempt(FileA), T0.AddHours(2).AddMinutes(1))).Outcome);
    }

    [Fact]
    public async Task A_purge_deletes_at_most_its_limit_per_call()
    {
        var (keys, _) = await CreateStoresAsync();
        foreach (var key in new[] { "a", "b", "c" }) await Reserve(keys, Attempt(FileA, key: key), T0);

        Assert.Equal(2, await keys.PurgeAsync(T0.AddHours(1), 2, None));
        Assert.Equal(1, await keys.PurgeAsync(T0.AddHours(1), 2, None));
        Assert.Equal(0, await keys.PurgeAsync(T0.AddHours(1), 2, None));
    }

    [Fact]
    public async Task A_reservation_is_abandoned_exactly_when_the_timeout_has_passed()
    {
        var (keys, _) = await CreateStoresAsync();
        await Reserve(keys, Attempt(FileA), T0);

        Assert.Equal(ReservationOutcome.InProgress, (await Reserve(keys, Attempt(FileA), T0 + AbandonAfter - TimeSpan.FromMilliseconds(1))).Outcome);
        var retry = Attempt(FileA);
        Assert.Equal(new ReservationResult(ReservationOutcome.Reserved, retry.DocumentId), await Reserve(keys, retry, T0 + AbandonAfter));
        // The clock restarts for the new holder.
        Assert.Equal(ReservationOutcome.InProgress, (await Reserve(keys, Attempt(FileA), T0 + AbandonAfter + TimeSpan.FromMinutes(1))).Outcome);
    }

    [Fact]
    public async Task An_attempt_presumed_dead_and_taken_over_can_neither_complete_nor_release_the_key()
    {
        var (keys, _) = await CreateStoresAsync();
        var slow = Attempt(FileA);
        await Reserve(keys, slow, T0);
        var retry = Attempt(FileA);
        await Reserve(keys, retry, T0.AddMinutes(10));

        Assert.False(await keys.ReleaseAsync(Held(slow), None));
        Assert.False(await keys.CompleteAsync(Held(slow), T0.AddMinutes(11), None));
        Assert.Equal(ReservationOutcome.InProgress, (await Reserve(keys, Attempt(FileA), T0.AddMinutes(11))).Outcome);
        Assert.True(await keys.CompleteAsync(Held(retry), T0.AddMinutes(11), None));
        Assert.Equal(new ReservationResult(ReservationOutcome.Completed, retry.DocumentId), await Reserve(keys, Attempt(FileA), T0.AddMinutes(12)));
    }

    [Fact]
    public async Task A_holder_whose_document_was_registered_as_accepted_has_completed_the_key_even_without_saying_so()
    {
        var (keys, documents) = await CreateStoresAsync();
        var first = Attempt(FileA);
        await Reserve(keys, first, T0);
        // e.g. upload-api answered 201 with the registration in its outbox, which landed later.
        await RegisterAsync(documents, first.DocumentId, accepted: true);

        Assert.Equal(new ReservationResult(ReservationOutcome.Completed, first.DocumentId), await Reserve(keys, Attempt(FileA), T0.AddSeconds(1)));
        // Recorded, and never abandoned: nothing is sent twice however late the retry comes.
        Assert.Equal(new ReservationResult(ReservationOutcome.Completed, first.DocumentId), await Reserve(keys, Attempt(FileA), T0.AddDays(1)));
        Assert.False(await keys.ReleaseAsync(Held(first), None));
    }

    [Fact]
    public async Task A_holder_whose_document_the_provider_refused_has_not_completed_the_key()
    {
        var (keys, documents) = await CreateStoresAsync();
        var first = Attempt(FileA);
        await Reserve(keys, first, T0);
        await RegisterAsync(documents, first.DocumentId, accepted: false);

        Assert.Equal(ReservationOutcome.InProgress, (await Reserve(keys, Attempt(FileA), T0.AddSeconds(1))).Outcome);
        Assert.True(await keys.ReleaseAsync(Held(first), None));
        Assert.Equal(ReservationOutcome.Reserved, (await Reserve(keys, Attempt(FileA), T0.AddSeconds(2))).Outcome);
    }

    [Fact]
    public async Task Completing_or_releasing_a_key_nobody_reserved_changes_nothing()
    {
        var (keys, _) = await CreateStoresAsync();
        var ghost = Held(Attempt(FileA));

        Assert.False(await keys.CompleteAsync(ghost, T0, None));
        Assert.False(await keys.ReleaseAsync(ghost, None));
    }

    [Fact]
    public async Task Of_identical_attempts_racing_for_a_new_key_exactly_one_reserves_it()
    {
        var (keys, _) = await CreateStoresAsync();
        for (var round = 0; round < 5; round++)
        {
            var attempts = Enumerable.Range(0, 12).Select(_ => Attempt(FileA, key: $"race-{round}")).ToList();

            var results = await Task.WhenAll(attempts.Select(a => Task.Run(() => Reserve(keys, a, T0))));

            var winner = Assert.Single(results, r => r.Outcome == ReservationOutcome.Reserved);
            Assert.Contains(attempts, a => a.DocumentId == winner.DocumentId);
            Assert.All(results.Where(r => r != winner), r => Assert.Equal(ReservationOutcome.InProgress, r.Outcome));
        }
    }

    [Fact]
    public async Task Of_identical_attempts_racing_to_take_over_an_abandoned_key_exactly_one_does()
    {
        var (keys, _) = await CreateStoresAsync();
        for (var round = 0; round < 5; round++)
        {
            var key = $"stale-{round}";
            await Reserve(keys, Attempt(FileA, key), T0);
            var attempts = Enumerable.Range(0, 12).Select(_ => Attempt(FileA, key)).ToList();

            var results = await Task.WhenAll(attempts.Select(a => Task.Run(() => Reserve(keys, a, T0.AddMinutes(10)))));

            Assert.Single(results, r => r.Outcome == ReservationOutcome.Reserved);
            Assert.Equal(11, results.Count(r => r.Outcome == ReservationOutcome.InProgress));
        }
    }
}
