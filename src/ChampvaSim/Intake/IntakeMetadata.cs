namespace DocumentUploads.ChampvaSim.Intake;

/// <summary>The JSON of the <c>metadata</c> part.</summary>
public sealed record IntakeMetadata(string? ClaimNumber, string? BeneficiaryId, string? DocumentCategory, string? OriginalFileName);
