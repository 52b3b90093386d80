namespace DocumentUploads.Contracts.Providers;

/// <summary>Body of every provider error answer. <see cref="UpstreamStatus"/> is the status
/// code the backend API gave, when it gave one.</summary>
public sealed record ProviderError(string Code, string Detail, int? UpstreamStatus = null)
{
    public const string UpstreamRejected = "UPSTREAM_REJECTED";
    public const string UpstreamUnavailable = "UPSTREAM_UNAVAILABLE";
    public const string UpstreamTimeout = "UPSTREAM_TIMEOUT";
    public const string UpstreamRateLimited = "UPSTREAM_RATE_LIMITED";
    public const string UpstreamMalformed = "UPSTREAM_MALFORMED";
    public const string InvalidRequest = "INVALID_REQUEST";

    /// <summary>403 from an upload: the provider holds the claim and it is not the participant's. Nothing was filed.</summary>
    public const string ClaimNotOwned = "CLAIM_NOT_OWNED";
}
