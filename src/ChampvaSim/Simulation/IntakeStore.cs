using System.Collections.Concurrent;
using System.Text.Json;
using DocumentUploads.SimulatorKit.Uploads;

namespace DocumentUploads.ChampvaSim.Simulation;

/// <summary>All intakes, in memory and, with <c>ChampvaSim:JournalPath</c>, in a journal read back at start,
/// so a killed and restarted simulator still answers for what it accepted.</summary>
public sealed class IntakeStore : IRecordedUploads<Guid, RecordedIntake>, IDisposable
{
    private readonly ConcurrentDictionary<Guid, RecordedIntake> _intakes = new();
    private readonly UploadJournal<RecordedIntake> _journal;

    public IntakeStore(ChampvaSimOptions options)
    {
        _journal = new UploadJournal<RecordedIntake>(options.JournalPath, JsonSerializerOptions.Web);
        foreach (var intake in _journal.Replay()) _intakes[intake.IntakeId] = intake;
    }

    /// <summary>Records an intake; it is in the journal when this returns, before the intake is answered.</summary>
    public void Add(RecordedIntake intake)
    {
        _journal.Append(intake);
        _intakes[intake.IntakeId] = intake;
    }

    public RecordedIntake? Find(Guid intakeId) => _intakes.GetValueOrDefault(intakeId);

    public void Clear()
    {
        _journal.Truncate();
        _intakes.Clear();
    }

    public void Dispose() => _journal.Dispose();
}
