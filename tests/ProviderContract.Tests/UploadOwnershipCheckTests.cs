using System.Text;
using DocumentUploads.Contracts.Providers;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Caching.Memory;

namespace DocumentUploads.ProviderContract.Tests;

/// <summary>The ownership rule every provider applies inside its upload, and what it remembers.</summary>
public sealed class UploadOwnershipCheckTests : IDisposable
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions());
    private int _questions;

    public void Dispose() => _cache.Dispose();

    private static ProviderUploadMetadata Upload(string claimId = "600000001", string participantId = "p1") =>
        new(claimId, participantId, "L023", "statement.pdf", null);

    private Func<CancellationToken, Task<ProviderClaimOwnership>> Answer(bool known, bool owned) => _ =>
    {
        _questions++;
        return Task.FromResult(new ProviderClaimOwnership(known, owned));
    };

    private static HttpRequest Request(string body = "")
    {
        var context = new DefaultHttpContext();
        context.Request.Body = new MemoryStream(Encoding.ASCII.GetBytes(body));
        return context.Request;
    }

    private Task<ProviderError?> CheckAsync(ProviderUploadMetadata upload, bool known, bool owned, HttpRequest? request = null) =>
        new UploadOwnershipCheck(_cache).RefuseUnlessOwnedAsync(upload, request ?? Request(), Answer(known, owned), CancellationToken.None);

    [Fact]
    public async Task The_participants_own_claim_passes_and_is_asked_about_once()
    {
        Assert.Null(await CheckAsync(Upload(), known: true, owned: true));
        Assert.Null(await CheckAsync(Upload(), known: true, owned: true));

        Assert.Equal(1, _questions);
    }

    [Fact]
    public async Task Another_participants_claim_is_refused_every_time_and_the_unread_body_is_drained()
    {
        var request = Request("the rest of the file");

        var refusal = await CheckAsync(Upload(), known: true, owned: false, request);
        Assert.Equal(ProviderError.ClaimNotOwned, refusal?.Code);
        Assert.Equal(request.Body.Length, request.Body.Position);
        Assert.NotNull(await CheckAsync(Upload(), known: true, owned: false));
        Assert.Equal(2, _questions);
    }

    [Fact]
    public async Task A_remembered_owner_is_only_that_participant_on_that_claim()
    {
        await CheckAsync(Upload(), known: true, owned: true);

        Assert.NotNull(await CheckAsync(Upload(participantId: "p2"), known: true, owned: false));
        Assert.NotNull(await CheckAsync(Upload(claimId: "600000002"), known: true, owned: false));
        Assert.Equal(3, _questions);
    }

    [Fact]
    public async Task A_claim_the_provider_does_not_know_goes_on_to_the_backend_and_is_not_remembered()
    {
        Assert.Null(await CheckAsync(Upload(), known: false, owned: false));
        Assert.Null(await CheckAsync(Upload(), known: false, owned: false));

        Assert.Equal(2, _questions);
    }
}
