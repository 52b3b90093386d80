namespace DocumentUploads.Contracts.Providers;

/// <summary>The routes every provider service implements (the provider contract). They are
/// reached by service invocation with the internal service token.</summary>
public static class ProviderRoutes
{
    /// <summary>multipart/form-data: part <c>metadata</c> (<see cref="ProviderUploadMetadata"/> as JSON)
    /// and part <c>file</c>. 200 with <see cref="ProviderUploadResult"/>, or an error with
    /// <see cref="ProviderError"/>.</summary>
    public const string Upload = "/documents";

    /// <summary>POST <see cref="ProviderStatusQuery"/>, 200 with <see cref="ProviderStatusReport"/>.</summary>
    public const string Statuses = "/statuses";

    /// <summary>GET: <see cref="ProviderDescription"/> (id and ordered step names).</summary>
    public const string Describe = "/provider";

    /// <summary>GET <c>?participantId=</c>: <see cref="ProviderClaimOwnership"/>, whether the claim is
    /// this provider's and whether it is the participant's.</summary>
    public const string Ownership = "/claims/{claimId}/ownership";

    public const string MetadataPart = "metadata";
    public const string FilePart = "file";
}
