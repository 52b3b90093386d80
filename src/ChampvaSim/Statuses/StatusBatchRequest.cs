namespace DocumentUploads.ChampvaSim.Statuses;

/// <summary><c>{"intakeIds":["...", ...]}</c></summary>
public sealed record StatusBatchRequest(IReadOnlyList<string>? IntakeIds);
