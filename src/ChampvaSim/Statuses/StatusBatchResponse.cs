namespace DocumentUploads.ChampvaSim.Statuses;

/// <summary><c>{"results":[...],"unknownIntakeIds":[...]}</c></summary>
public sealed record StatusBatchResponse(IReadOnlyList<IntakeStatusResult> Results, IReadOnlyList<string> UnknownIntakeIds);
