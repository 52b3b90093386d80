using DocumentUploads.Contracts.Providers;

namespace DocumentUploads.UploadApi.Uploads;

/// <summary>What the provider service said to one upload: accepted with a request id, or an
/// error with the status code to pass on.</summary>
public sealed record ProviderUploadOutcome(string? ProviderRequestId, int StatusCode, ProviderError? Error)
{
    public bool Accepted => ProviderRequestId is not null;

    /// <summary>The backend looked at the document and refused it (the caller's answer is 422).</summary>
    public bool Rejected => StatusCode is >= 400 and < 500
                            && Error?.Code is ProviderError.UpstreamRejected or ProviderError.InvalidRequest or ProviderError.ClaimNotOwned;

    /// <summary>The provider holds the claim and it is not the participant's: nothing was filed, nothing is recorded.</summary>
    public bool ClaimNotOwned => StatusCode == 403 && Error?.Code == ProviderError.ClaimNotOwned;

    /// <summary>The status to answer when the provider could not take the document: its own 502/503/504, else 502.</summary>
    public int UnavailableStatus => StatusCode is 502 or 503 or 504 ? StatusCode : 502;
}
