namespace DocumentUploads.LighthouseSim.Simulation;

/// <summary>What the simulator keeps of an upload: its parameters and size, never the content.</summary>
public sealed record RecordedUpload(
    long RequestId,
    string SystemName,
    string DocType,
    long ClaimId,
    string? ParticipantId,
    string FileName,
    IReadOnlyList<long> TrackedItemIds,
    long Size,
    DateTimeOffset UploadedAt,
    SimulatedOutcome Outcome);
