namespace DocumentUploads.ProviderChampva.Upstream;

/// <summary>Why a call to the CHAMPVA API did not give a usable answer.</summary>
public enum UpstreamFailure
{
    /// <summary>A 4xx other than 429: the API refused this request.</summary>
    Rejected,

    /// <summary>A 5xx, a refused or broken connection, or an open circuit.</summary>
    Unavailable,

    Timeout,

    /// <summary>429, with the API's Retry-After when it gave one.</summary>
    RateLimited,

    /// <summary>A success status whose body could not be read.</summary>
    Malformed,
}
