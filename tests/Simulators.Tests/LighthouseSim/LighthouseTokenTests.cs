using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using DocumentUploads.Simulators.Tests.Infrastructure;

namespace DocumentUploads.Simulators.Tests.LighthouseSim;

public sealed class LighthouseTokenTests(LighthouseSimFixture fixture) : IClassFixture<LighthouseSimFixture>
{
    private LighthouseTestClient Lighthouse => fixture.Lighthouse;

    [Fact]
    public async Task A_well_signed_assertion_is_exchanged_for_a_bearer_token()
    {
        using var response = await Lighthouse.RequestTokenAsync(Lighthouse.CreateAssertion(), "documents.read documents.write");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadNodeAsync();
        Assert.False(string.IsNullOrEmpty(body["access_token"]!.GetValue<string>()));
        Assert.Equal("Bearer", body["token_type"]!.GetValue<string>());
        Assert.Equal(300, body["expires_in"]!.GetValue<int>());
        Assert.Equal("documents.read documents.write", body["scope"]!.GetValue<string>());
    }

    [Fact]
    public async Task Either_scope_alone_is_allowed()
    {
        using var response = await Lighthouse.RequestTokenAsync(Lighthouse.CreateAssertion(), "documents.read");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("documents.read", (await response.ReadNodeAsync())["scope"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_assertion_signed_with_another_key_is_rejected()
    {
        using var otherKey = RSA.Create(2048);

        using var response = await Lighthouse.RequestTokenAsync(Lighthouse.CreateAssertion(signingKey: otherKey));

        await AssertOAuthErrorAsync(response, "invalid_client");
    }

    [Fact]
    public async Task An_expired_assertion_is_rejected()
    {
        using var response = await Lighthouse.RequestTokenAsync(Lighthouse.CreateAssertion(expires: DateTime.UtcNow.AddMinutes(-5)));

        await AssertOAuthErrorAsync(response, "invalid_client");
    }

    [Fact]
    public async Task An_assertion_for_another_audience_is_rejected()
    {
        using var response = await Lighthouse.RequestTokenAsync(Lighthouse.CreateAssertion(audience: "https://example.invalid/token"));

        await AssertOAuthErrorAsync(response, "invalid_client");
    }

    [Fact]
    public async Task An_unknown_scope_is_rejected()
    {
        using var response = await Lighthouse.RequestTokenAsync(Lighthouse.CreateAssertion(), "documents.read claims.write");

        await AssertOAuthErrorAsync(response, "invalid_scope");
    }

    [Fact]
    public async Task Document_endpoints_without_a_token_answer_401_with_the_error_body()
    {
        using var upload = await Lighthouse.UploadAsync(LighthouseTestClient.Parameters("a.pdf"), [1], authorized: false);
        using var status = await Lighthouse.StatusAsync([1L], authorized: false);

        foreach (var response in new[] { upload, status })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            var error = (await response.ReadNodeAsync())["errors"]![0]!;
            Assert.Equal("401", error["status"]!.GetValue<string>());
            Assert.False(string.IsNullOrEmpty(error["detail"]!.GetValue<string>()));
        }
    }

    [Fact]
    public async Task A_token_the_sim_never_issued_is_refused()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, LighthouseTestClient.StatusPath)
        {
            Content = new StringContent("""{"data":{"requestIds":[1]}}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "made-up-token");

        using var response = await Lighthouse.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static async Task AssertOAuthErrorAsync(HttpResponseMessage response, string error)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.ReadNodeAsync();
        Assert.Equal(error, body["error"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(body["error_description"]!.GetValue<string>()));
    }
}
