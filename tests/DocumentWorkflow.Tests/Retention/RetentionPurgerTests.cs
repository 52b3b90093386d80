using System.Diagnostics.Metrics;
using DocumentUploads.DocumentWorkflow.Domain;
using DocumentUploads.DocumentWorkflow.Retention;
using DocumentUploads.DocumentWorkflow.Storage;
using DocumentUploads.DocumentWorkflow.Storage.Sqlite;
using DocumentUploads.DocumentWorkflow.Tests.Ops;
using DocumentUploads.Telemetry;
using DocumentUploads.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;

namespace DocumentUploads.DocumentWorkflow.Tests.Retention;

/// <summary>The purger on a real SQLite file: it slices until nothing old is left, counts what it deleted, and records
/// each run (a failed one too, with what it had deleted).</summary>
public sealed class RetentionPurgerTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly string _directory = Directory.CreateTempSubdirectory("du-retention-purger-").FullName;
    private readonly ServiceTelemetry _telemetry = new($"retention-tests-{Guid.NewGuid():N}");

    [Fact]
    public async Task A_purge_deletes_every_old_finished_document_across_slices_records_the_run_and_counts_the_documents()
    {
        var sql = new SqliteDialect(SqliteConnectionStrings.ForDataDirectory(_directory));
        var documents = new DocumentStore(sql, NullLogger<DocumentStore>.Instance);
        await documents.InitializeAsync(CancellationToken.None);
        var seed = new OpsSeed(documents);
        for (var i = 0; i < 5; i++)
        {
            await seed.MoveAsync(await seed.RegisterAsync(T0), DocumentState.Completed, null, TransitionKind.Completed, T0.AddMinutes(i));
        }
        var pending = await seed.RegisterAsync(T0);
        var store = new RetentionStore(sql);
        var now = T0.AddDays(61);
        var counted = new List<long>();
        using var listener = Listen(counted);

        var run = await Purger(store, now, sliceSize: 2).PurgeAsync(CancellationToken.None);

        // Rows: five documents and their two history rows each.
        Assert.Equal((RetentionRun.Completed, 5L, 15L, now, now - TimeSpan.FromDays(60)),
            (run.Outcome, run.Documents, run.Rows, run.StartedAt, run.DeletedBefore));
        Assert.Equal(run, await store.LastRunAsync(CancellationToken.None));
        Assert.Equal([2, 2, 1], counted);
        Assert.NotNull(await documents.GetAsync(pending.Id, CancellationToken.None));
        Assert.Equal(0, (await Purger(store, now, sliceSize: 2).PurgeAsync(CancellationToken.None)).Documents);
    }

    [Fact]
    public async Task A_purge_that_fails_part_way_records_what_it_deleted_and_rethrows()
    {
        var store = new FailingSecondSliceStore();
        var purger = Purger(store, T0, sliceSize: 3);

        await Assert.ThrowsAsync<InvalidOperationException>(() => purger.PurgeAsync(CancellationToken.None));

        var run = Assert.Single(store.Runs);
        Assert.Equal((RetentionRun.Failed, 3L, 7L), (run.Outcome, run.Documents, run.Rows));
    }

    private RetentionPurger Purger(IRetentionStore store, DateTimeOffset now, int sliceSize) => new(store,
        new FixedOptionsMonitor<RetentionSettings>(new RetentionSettings { SliceSize = sliceSize }), new ManualClock(now), _telemetry,
        NullLogger<RetentionPurger>.Instance);

    private MeterListener Listen(List<long> counted)
    {
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter == _telemetry.Meter && instrument.Name == "documentuploads.retention.deleted") l.EnableMeasurementEvents(instrument);
            },
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => counted.Add(value));
        listener.Start();
        return listener;
    }

    /// <summary>A full first slice, then the database goes away.</summary>
    private sealed class FailingSecondSliceStore : IRetentionStore
    {
        private int _slices;

        public List<RetentionRun> Runs { get; } = [];

        public Task<RetentionSlice> DeleteSliceAsync(DateTimeOffset deleteBefore, int limit, CancellationToken cancellationToken) =>
            ++_slices == 1 ? Task.FromResult(new RetentionSlice(limit, 7)) : throw new InvalidOperationException("connection lost");

        public Task SaveRunAsync(RetentionRun run, CancellationToken cancellationToken)
        {
            Runs.Add(run);
            return Task.CompletedTask;
        }

        public Task<RetentionRun?> LastRunAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<DocumentRetentionFacts?> GetFactsAsync(Guid documentId, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<DocumentRetentionFacts?> SetKeepAsync(Guid documentId, DocumentKeep? keep, CancellationToken cancellationToken) =>
            throw new NotSupportedException();
    }

    public void Dispose()
    {
        _telemetry.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
