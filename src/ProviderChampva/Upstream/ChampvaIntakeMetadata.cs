namespace DocumentUploads.ProviderChampva.Upstream;

/// <summary>The <c>metadata</c> part of an intake, as the CHAMPVA API names things.</summary>
public sealed record ChampvaIntakeMetadata(string ClaimNumber, string BeneficiaryId, string DocumentCategory, string OriginalFileName);
