namespace DocumentUploads.ChampvaSim.Statuses;

public sealed record IntakeRejection(string Reason, string Stage);
