using DocumentUploads.Contracts.Providers;

namespace DocumentUploads.UploadApi.Uploads;

/// <summary>What the provider service said to one upload: accepted with a request id, or an
/// error with the status code to pass on.</summary>
public sealed record ProviderUploadOutcome(string? ProviderRequestId, int StatusCode, ProviderError? Error)
{
    public bool Accepted => ProviderRequestId is not null;
}
