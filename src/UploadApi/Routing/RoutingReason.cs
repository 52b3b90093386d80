namespace DocumentUploads.UploadApi.Routing;

/// <summary>Why a document went where it went (a metric tag and a log field).</summary>
public enum RoutingReason
{
    /// <summary>The master flag is off: Lighthouse, whatever the request said.</summary>
    Legacy,

    /// <summary>The claim is known to belong to the provider.</summary>
    Ownership,

    /// <summary>Nothing could tell who owns the claim; the requested provider was used.</summary>
    Requested,

    /// <summary>Nothing could tell and nothing usable was requested: the default provider.</summary>
    Fallback,

    /// <summary>No provider: the request was refused.</summary>
    Rejected,
}
