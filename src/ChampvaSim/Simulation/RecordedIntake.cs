namespace DocumentUploads.ChampvaSim.Simulation;

/// <summary>What the simulator keeps of an intake: its metadata and size, never the content.</summary>
public sealed record RecordedIntake(
    Guid IntakeId,
    string ClaimNumber,
    string BeneficiaryId,
    string DocumentCategory,
    string OriginalFileName,
    long Size,
    DateTimeOffset ReceivedAt,
    IntakeOutcome Outcome);
