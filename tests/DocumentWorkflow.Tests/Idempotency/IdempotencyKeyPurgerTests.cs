using DocumentUploads.Contracts.Workflow;
using DocumentUploads.DocumentWorkflow.Idempotency;
using DocumentUploads.DocumentWorkflow.Storage;
using DocumentUploads.DocumentWorkflow.Storage.Sqlite;
using DocumentUploads.DocumentWorkflow.Tests.Alerts;
using DocumentUploads.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;

namespace DocumentUploads.DocumentWorkflow.Tests.Idempotency;

/// <summary>The purger on a real SQLite file: it slices until every old key is gone, and its settings refuse a
/// retention that could delete a reservation still running.</summary>
public sealed class IdempotencyKeyPurgerTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly string _directory = Directory.CreateTempSubdirectory("du-purger-").FullName;

    [Fact]
    public async Task It_deletes_every_key_older_than_the_retention_across_several_slices_and_keeps_the_rest()
    {
        var connectionString = SqliteConnectionStrings.ForDataDirectory(_directory);
        await new DocumentStore(new SqliteDialect(connectionString), NullLogger<DocumentStore>.Instance).InitializeAsync(CancellationToken.None);
        var keys = new IdempotencyStore(new SqliteDialect(connectionString));
        var old = IdempotencyKeyPurger.SliceSize + 1;
        for (var i = 0; i < old; i++) await Complete(keys, $"old-{i}", T0);
        await Complete(keys, "recent", T0.AddHours(23));

        var settings = new IdempotencySettings { RetainFor = TimeSpan.FromHours(24) };
        var purger = new IdempotencyKeyPurger(keys, new FixedOptionsMonitor<IdempotencySettings>(settings), new ManualClock(T0.AddHours(25)),
            NullLogger<IdempotencyKeyPurger>.Instance);

        Assert.Equal(old, await purger.PurgeAsync(CancellationToken.None));
        Assert.Equal(0, await purger.PurgeAsync(CancellationToken.None));
        Assert.Equal(ReservationOutcome.Mismatch, (await keys.ReserveAsync(
            new IdempotencyKeyReservationRequest("p1", "recent", new string('b', 64), Guid.CreateVersion7()), T0.AddHours(25),
            settings.AbandonAfter, CancellationToken.None)).Outcome);
    }

    [Theory]
    [InlineData("00:05:00", "00:05:00", "01:00:00")]
    [InlineData("00:05:00", "00:01:00", "01:00:00")]
    [InlineData("00:05:00", "24:00:00", "00:00:00")]
    [InlineData("00:00:00", "24:00:00", "01:00:00")]
    public void Settings_that_could_purge_a_running_reservation_or_never_run_are_refused(string abandonAfter, string retainFor, string interval)
    {
        var settings = new IdempotencySettings
        {
            AbandonAfter = TimeSpan.Parse(abandonAfter), RetainFor = TimeSpan.Parse(retainFor), PurgeInterval = TimeSpan.Parse(interval),
        };
        Assert.NotEmpty(settings.Validate());
        Assert.Empty(new IdempotencySettings().Validate());
    }

    private static async Task Complete(IIdempotencyStore keys, string key, DateTimeOffset at)
    {
        var request = new IdempotencyKeyReservationRequest("p1", key, new string('a', 64), Guid.CreateVersion7());
        await keys.ReserveAsync(request, at, TimeSpan.FromMinutes(5), CancellationToken.None);
        Assert.True(await keys.CompleteAsync(new IdempotencyKeyAttempt("p1", key, request.DocumentId), at, CancellationToken.None));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
