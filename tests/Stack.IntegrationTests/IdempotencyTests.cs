using System.Net;
using System.Net.Http.Json;
using DocumentUploads.TestSupport;

namespace DocumentUploads.Stack.IntegrationTests;

/// <summary>The Idempotency-Key header through the running stack.</summary>
[Collection(StackCollection.Name)]
public sealed class IdempotencyTests(StackFixture stack)
{
    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string claimId, string key, byte[] pdf,
        string fileName = "keyed.pdf")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, string.Format(Uploads.UploadRoute, claimId))
        {
            Content = Uploads.Form(fileName, content: pdf),
        };
        request.Headers.Add("Idempotency-Key", key);
        return await client.SendAsync(request);
    }

    private async Task<int> DocumentsOnClaimAsync(HttpClient client, string claimId) =>
        (await client.GetFromJsonAsync<ListAnswer>($"/v0/benefits_claims/{claimId}/benefits_documents"))!.Data.Count;

    [Fact]
    public async Task A_retry_with_the_same_key_returns_the_first_answer_and_sends_nothing_again()
    {
        var client = await stack.VeteranAsync("retry-15");
        var pdf = SamplePdf.Create("first attempt");

        using var first = await UploadAsync(client, "600000515", "key-A", pdf);
        using var retry = await UploadAsync(client, "600000515", "key-A", pdf);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        var a = (await first.Content.ReadFromJsonAsync<DocumentAnswer>())!;
        var b = (await retry.Content.ReadFromJsonAsync<DocumentAnswer>())!;
        Assert.Equal((a.Id, a.ProviderRequestId), (b.Id, b.ProviderRequestId));
        Assert.Equal(1, await DocumentsOnClaimAsync(client, "600000515"));
    }

    [Fact]
    public async Task The_same_key_with_a_different_file_is_refused()
    {
        var client = await stack.VeteranAsync("reuse-16");
        using var first = await UploadAsync(client, "600000516", "key-B", SamplePdf.Create("one"));
        using var other = await UploadAsync(client, "600000516", "key-B", SamplePdf.Create("another"));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode);
        Assert.Equal("IDEMPOTENCY_KEY_REUSED", (await other.Content.ReadFromJsonAsync<ErrorAnswer>())!.Errors[0].Code);
        Assert.Equal(1, await DocumentsOnClaimAsync(client, "600000516"));
    }

    [Fact]
    public async Task Concurrent_identical_retries_reach_the_provider_once()
    {
        var client = await stack.VeteranAsync("racer-17");
        var pdf = SamplePdf.Create("raced");

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => UploadAsync(client, "600000517", "key-C", pdf)));

        Assert.All(answers, a => Assert.True(a.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict, a.StatusCode.ToString()));
        Assert.Contains(answers, a => a.StatusCode == HttpStatusCode.Created);
        Assert.Equal(1, await DocumentsOnClaimAsync(client, "600000517"));
        foreach (var answer in answers) answer.Dispose();
    }

    [Fact]
    public async Task Another_user_may_use_the_same_key()
    {
        var one = await stack.VeteranAsync("keyowner-18");
        var two = await stack.VeteranAsync("keyowner-19");
        using var a = await UploadAsync(one, "600000518", "shared-key", SamplePdf.Create("mine"));
        using var b = await UploadAsync(two, "600000518", "shared-key", SamplePdf.Create("theirs"));
        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (a.StatusCode, b.StatusCode));
    }

    [Fact]
    public async Task A_malformed_key_is_a_clear_error()
    {
        var client = await stack.VeteranAsync("badkey-20");
        using var response = await UploadAsync(client, "600000519", new string('k', 300), SamplePdf.Create());
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("INVALID_IDEMPOTENCY_KEY", (await response.Content.ReadFromJsonAsync<ErrorAnswer>())!.Errors[0].Code);
    }

    private sealed record ListAnswer(IReadOnlyList<DocumentAnswer> Data);
}
