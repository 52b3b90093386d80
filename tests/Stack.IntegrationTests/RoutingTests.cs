using System.Net;
using System.Net.Http.Json;
using DocumentUploads.Contracts.Features;
using DocumentUploads.ServiceDefaults;

namespace DocumentUploads.Stack.IntegrationTests;

/// <summary>Each routing outcome through the running stack, with flags flipped at runtime by an
/// operator for named users only (so other tests keep the defaults: master flag off).</summary>
[Collection(StackCollection.Name)]
public sealed class RoutingTests(StackFixture stack)
{
    private static async Task<(HttpStatusCode Status, DocumentAnswer? Document, ErrorItem? Error)> UploadAsync(
        HttpClient client, string claimId, string fileName = "routed.pdf", string? providerId = null)
    {
        var route = string.Format(Uploads.UploadRoute, claimId) + (providerId is null ? "" : $"?provider_id={providerId}");
        using var response = await client.PostAsync(route, Uploads.Form(fileName));
        if (response.StatusCode == HttpStatusCode.Created)
        {
            return (response.StatusCode, await response.Content.ReadFromJsonAsync<DocumentAnswer>(), null);
        }
        return (response.StatusCode, null, (await response.Content.ReadFromJsonAsync<ErrorAnswer>())!.Errors[0]);
    }

    [Fact]
    public async Task With_the_master_flag_off_everything_goes_to_lighthouse_whatever_the_request_says()
    {
        var veteran = await stack.VeteranAsync("legacy-9");
        var (status, document, _) = await UploadAsync(veteran, "600000321", providerId: "1");
        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal("lighthouse", document!.Provider);
        var (badStatus, badDocument, _) = await UploadAsync(veteran, "600000321", providerId: "banana");
        Assert.Equal((HttpStatusCode.Created, "lighthouse"), (badStatus, badDocument!.Provider)); // ignored on the legacy path
    }

    [Fact]
    public async Task A_runtime_flip_routes_a_champva_claim_to_champva_and_it_completes_there()
    {
        const string user = "champ-10";
        var veteran = await stack.VeteranAsync(user);
        await Flags.SetAsync(stack, FeatureFlagNames.MultiDocumentProvider, true, $"user-{user}");
        await Flags.SetAsync(stack, FeatureFlagNames.ChampvaProvider, true, $"user-{user}");
        await Flags.WaitForAsync(veteran, FeatureFlagNames.MultiDocumentProvider, true);
        await Flags.WaitForAsync(veteran, FeatureFlagNames.ChampvaProvider, true);

        var (status, document, error) = await UploadAsync(veteran, "CHAMPVA_778", "champva-claim.pdf");

        Assert.True(status == HttpStatusCode.Created, $"{status}: {error}");
        Assert.Equal("champva", document!.Provider);
        var done = await Uploads.WaitForAsync(veteran, document.Id, d => d.Status is "completed" or "failed");
        Assert.Equal("completed", done.Status);
        Assert.True(Guid.TryParse(done.ProviderRequestId, out _), "champva-sim intake ids are GUIDs; Lighthouse's are numbers");
    }

    [Fact]
    public async Task A_claim_owned_by_a_provider_disabled_for_the_user_is_refused_not_misrouted()
    {
        const string user = "blocked-11";
        var veteran = await stack.VeteranAsync(user);
        await Flags.SetAsync(stack, FeatureFlagNames.MultiDocumentProvider, true, $"user-{user}");
        await Flags.WaitForAsync(veteran, FeatureFlagNames.MultiDocumentProvider, true);

        var (status, _, error) = await UploadAsync(veteran, "CHAMPVA_779", "blocked.pdf");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("PROVIDER_UNAVAILABLE", error!.Code);
        var listed = await veteran.GetFromJsonAsync<ListAnswer>("/v0/benefits_claims/CHAMPVA_779/benefits_documents");
        Assert.Empty(listed!.Data); // nothing sent, nothing recorded as accepted
    }

    [Fact]
    public async Task An_unknown_provider_id_is_INVALID_PROVIDER_when_the_master_flag_is_on()
    {
        const string user = "typo-12";
        var veteran = await stack.VeteranAsync(user);
        await Flags.SetAsync(stack, FeatureFlagNames.MultiDocumentProvider, true, $"user-{user}");
        await Flags.WaitForAsync(veteran, FeatureFlagNames.MultiDocumentProvider, true);

        foreach (var providerId in new[] { "7", "2", "abc" })
        {
            var (status, _, error) = await UploadAsync(veteran, "600000322", providerId: providerId);
            Assert.Equal(HttpStatusCode.BadRequest, status);
            Assert.Equal(("INVALID_PROVIDER", "INVALID_PROVIDER"), (error!.Code, error.Detail));
        }
    }

    [Fact]
    public async Task When_nobody_knows_the_claim_the_requested_provider_is_used_and_otherwise_lighthouse()
    {
        const string user = "unknown-13";
        var veteran = await stack.VeteranAsync(user);
        await Flags.SetAsync(stack, FeatureFlagNames.MultiDocumentProvider, true, $"user-{user}");
        await Flags.SetAsync(stack, FeatureFlagNames.ChampvaProvider, true, $"user-{user}");
        await Flags.WaitForAsync(veteran, FeatureFlagNames.ChampvaProvider, true);

        // A numeric claim is Lighthouse's: ownership wins over the request.
        var (_, owned, _) = await UploadAsync(veteran, "600000323", providerId: "1");
        Assert.Equal("lighthouse", owned!.Provider);
        // A claim nobody recognises: the requested provider, whose intake refuses a claim it does not hold,
        // so the document is recorded as upload_failed at CHAMPVA, never quietly filed elsewhere.
        var (status, _, error) = await UploadAsync(veteran, "UNKNOWN-77", providerId: "1");
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "UPSTREAM_REJECTED"), (status, error!.Code));
        var listed = await veteran.GetFromJsonAsync<ListAnswer>("/v0/benefits_claims/UNKNOWN-77/benefits_documents");
        var recorded = Assert.Single(listed!.Data);
        Assert.Equal(("champva", "upload_failed"), (recorded.Provider, recorded.Status));
    }

    [Fact]
    public async Task A_veteran_cannot_upload_to_someone_elses_claim()
    {
        var veteran = await stack.VeteranAsync("nosy-14");
        // lighthouse-sim treats a numeric claim id ending in 0403 as another veteran's claim.
        var (status, _, error) = await UploadAsync(veteran, "600010403");
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal("FORBIDDEN", error!.Code);
    }

    private sealed record ListAnswer(IReadOnlyList<DocumentAnswer> Data);
}
