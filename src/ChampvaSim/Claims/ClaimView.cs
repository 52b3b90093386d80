namespace DocumentUploads.ChampvaSim.Claims;

public sealed record ClaimView(string ClaimNumber, string BeneficiaryId, string Status);
