using System.Collections.Concurrent;
using DocumentUploads.SimulatorKit.Uploads;

namespace DocumentUploads.ChampvaSim.Simulation;

/// <summary>All intakes, in memory only.</summary>
public sealed class IntakeStore : IRecordedUploads<Guid, RecordedIntake>
{
    private readonly ConcurrentDictionary<Guid, RecordedIntake> _intakes = new();

    public void Add(RecordedIntake intake) => _intakes[intake.IntakeId] = intake;

    public RecordedIntake? Find(Guid intakeId) => _intakes.GetValueOrDefault(intakeId);

    public void Clear() => _intakes.Clear();
}
