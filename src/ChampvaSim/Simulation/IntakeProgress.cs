using DocumentUploads.ChampvaSim.Statuses;

namespace DocumentUploads.ChampvaSim.Simulation;

/// <summary>Where an intake is now, computed from the time since it was received (no timers):
/// INTAKE for one step (RECEIVED, then INTAKE_REVIEW halfway), PEGA for the next, then COMPLETE,
/// unless its magic file name chose another ending.</summary>
public static class IntakeProgress
{
    private const string IntakeRejectionReason =
        "The document could not be matched to an open CHAMPVA application for this beneficiary.";
    private const string PegaRejectionReason =
        "PEGA case review rejected the document: the pages are unreadable.";

    /// <summary>Null when the intake must be reported as unknown.</summary>
    public static IntakeStatusResult? StatusAt(RecordedIntake intake, DateTimeOffset now, TimeSpan stepDuration)
    {
        if (intake.Outcome == IntakeOutcome.NeverFound) return null;

        var id = intake.IntakeId.ToString();
        IntakeStatusResult Result(string state, string stage, int? endedAfterSteps = null, IntakeRejection? rejection = null) =>
            new(id, state, stage, intake.ReceivedAt, intake.ReceivedAt + stepDuration * endedAfterSteps, rejection);

        if (intake.Outcome == IntakeOutcome.Stuck) return Result(IntakeStates.Received, IntakeStates.IntakeStage);

        var steps = (now - intake.ReceivedAt) / stepDuration;
        if (steps < 0.5) return Result(IntakeStates.Received, IntakeStates.IntakeStage);
        if (steps < 1) return Result(IntakeStates.IntakeReview, IntakeStates.IntakeStage);
        if (intake.Outcome == IntakeOutcome.RejectedAtIntake)
        {
            return Result(IntakeStates.Rejected, IntakeStates.IntakeStage, 1,
                new IntakeRejection(IntakeRejectionReason, IntakeStates.IntakeStage));
        }
        if (steps < 2) return Result(IntakeStates.PegaProcessing, IntakeStates.PegaStage);
        if (intake.Outcome == IntakeOutcome.RejectedAtPega)
        {
            return Result(IntakeStates.Rejected, IntakeStates.PegaStage, 2,
                new IntakeRejection(PegaRejectionReason, IntakeStates.PegaStage));
        }
        return Result(IntakeStates.Complete, IntakeStates.PegaStage, 2);
    }
}
