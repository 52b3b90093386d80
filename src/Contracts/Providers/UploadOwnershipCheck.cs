using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Caching.Memory;

namespace DocumentUploads.Contracts.Providers;

/// <summary>The provider contract's ownership rule, checked inside the upload so upload-api needs no separate hop: a
/// claim the provider holds for another participant is refused with 403 <see cref="ProviderError.ClaimNotOwned"/>
/// before anything is sent upstream. A confirmed owner is remembered for a while (a claim never changes veteran),
/// so a veteran uploading several files asks the backend once; a refusal or an unknown claim is never remembered.</summary>
public sealed class UploadOwnershipCheck(IMemoryCache cache)
{
    public static readonly TimeSpan RememberOwnerFor = TimeSpan.FromMinutes(10);

    public const int RefusalStatus = StatusCodes.Status403Forbidden;

    /// <param name="ask">The provider's own ownership question to its backend; its exceptions propagate.</param>
    /// <returns>The refusal to answer with <see cref="RefusalStatus"/>, or null when the upload may go on.</returns>
    public async Task<ProviderError?> RefuseUnlessOwnedAsync(ProviderUploadMetadata metadata, HttpRequest request,
        Func<CancellationToken, Task<ProviderClaimOwnership>> ask, CancellationToken cancellationToken)
    {
        var key = (nameof(UploadOwnershipCheck), metadata.ClaimId, metadata.ParticipantId);
        if (cache.TryGetValue(key, out _)) return null;
        var answer = await ask(cancellationToken);
        if (answer is not { Known: true, Owned: false })
        {
            if (answer.Known) cache.Set(key, true, RememberOwnerFor);
            return null;
        }
        // Read the unsent rest of the file first: answering mid-body would make the caller's client see a reset
        // connection instead of this answer.
        await request.Body.CopyToAsync(Stream.Null, cancellationToken);
        return new ProviderError(ProviderError.ClaimNotOwned, "The claim is not this participant's; nothing was filed.");
    }
}
