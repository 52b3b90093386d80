namespace DocumentUploads.ChampvaSim.Intake;

/// <summary>The 202 answer to an intake; <see cref="IntakeId"/> names it in status queries.</summary>
public sealed record IntakeAccepted(string IntakeId, DateTimeOffset ReceivedAt);
