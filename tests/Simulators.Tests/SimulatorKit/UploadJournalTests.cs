using System.Text.Json;
using DocumentUploads.LighthouseSim;
using DocumentUploads.LighthouseSim.Simulation;
using DocumentUploads.SimulatorKit.Uploads;

namespace DocumentUploads.Simulators.Tests.SimulatorKit;

/// <summary>A simulator started again on its journal knows every upload it accepted before, never reuses an
/// id, survives a line cut short by a kill, and forgets on clear.</summary>
public sealed class UploadJournalTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("du-journal-").FullName;

    private string JournalPath => Path.Combine(_directory, "sim", "uploads.jsonl");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private sealed record Entry(string Name, int Number);

    [Fact]
    public void Entries_written_by_one_instance_are_read_back_by_the_next_in_order()
    {
        using (var journal = new UploadJournal<Entry>(JournalPath, JsonSerializerOptions.Web))
        {
            Assert.Empty(journal.Replay());
            journal.Append(new Entry("a", 1));
            journal.Append(new Entry("b", 2));
        }
        using var again = new UploadJournal<Entry>(JournalPath, JsonSerializerOptions.Web);
        Assert.Equal([new Entry("a", 1), new Entry("b", 2)], again.Replay());
        again.Append(new Entry("c", 3));
        again.Dispose();
        using var third = new UploadJournal<Entry>(JournalPath, JsonSerializerOptions.Web);
        Assert.Equal(3, third.Replay().Count);
    }

    [Fact]
    public void A_line_cut_short_by_a_kill_is_skipped_and_the_rest_is_kept()
    {
        using (var journal = new UploadJournal<Entry>(JournalPath, JsonSerializerOptions.Web))
        {
            journal.Replay();
            journal.Append(new Entry("kept", 1));
        }
        File.AppendAllText(JournalPath, "{\"name\":\"half");
        using var again = new UploadJournal<Entry>(JournalPath, JsonSerializerOptions.Web);
        Assert.Equal([new Entry("kept", 1)], again.Replay());
    }

    [Fact]
    public void Truncate_forgets_everything_and_no_path_keeps_nothing()
    {
        using (var journal = new UploadJournal<Entry>(JournalPath, JsonSerializerOptions.Web))
        {
            journal.Replay();
            journal.Append(new Entry("gone", 1));
            journal.Truncate();
        }
        using (var again = new UploadJournal<Entry>(JournalPath, JsonSerializerOptions.Web))
        {
            Assert.Empty(again.Replay());
        }
        using var memory = new UploadJournal<Entry>(null, JsonSerializerOptions.Web);
        memory.Append(new Entry("nowhere", 1));
        Assert.False(memory.Persistent);
        Assert.Empty(memory.Replay());
    }

    [Fact]
    public void A_restarted_lighthouse_store_knows_its_uploads_and_seeds_and_hands_out_only_new_ids()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 12, 3, 12, 0, 0, TimeSpan.Zero));
        var options = new LighthouseSimOptions { JournalPath = JournalPath };
        long uploaded;
        SeededRange seeded;
        using (var store = new UploadStore(clock, options))
        {
            uploaded = store.NextRequestId();
            store.Add(new RecordedUpload(uploaded, "VA.gov", "L023", 600000001, "600043201", "kept.pdf", [1], 10,
                clock.GetUtcNow(), SimulatedOutcome.Success));
            seeded = store.Seed(1_000_000, 10, clock.GetUtcNow());
        }

        using var restarted = new UploadStore(clock, options); // same clock: a restart within the same millisecond
        Assert.Equal("kept.pdf", restarted.Find(uploaded)?.FileName);
        Assert.Equal(SeededRange.FileName, restarted.Find(seeded.FirstRequestId + 5)?.FileName);
        Assert.True(restarted.NextRequestId() > seeded.FirstRequestId + seeded.Count - 1);
    }
}
