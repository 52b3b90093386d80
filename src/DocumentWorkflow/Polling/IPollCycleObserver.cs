using DocumentUploads.DocumentWorkflow.Storage;

namespace DocumentUploads.DocumentWorkflow.Polling;

/// <summary>Told when a poll cycle has finished and been recorded (the alert monitors re-evaluate then).
/// Called on the cycle's own task: implementations only queue work and return at once.</summary>
public interface IPollCycleObserver
{
    void CycleFinished(PollCycleRecord cycle);
}
