namespace DocumentUploads.ChampvaSim.Claims;

/// <summary>The simulator's stand-in for a claims database: every <c>CHAMPVA_</c> claim exists and
/// belongs to whoever asks, unless its number contains <c>other-beneficiary</c>.</summary>
public static class ClaimOwnership
{
    public const string ClaimPrefix = "CHAMPVA_";
    public const string OtherBeneficiaryMarker = "other-beneficiary";

    public static bool Exists(string claimNumber) => claimNumber.StartsWith(ClaimPrefix, StringComparison.Ordinal);

    public static bool BelongsToCaller(string claimNumber) =>
        !claimNumber.Contains(OtherBeneficiaryMarker, StringComparison.OrdinalIgnoreCase);
}
