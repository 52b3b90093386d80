using System.Net;
using System.Net.Http.Json;
using DocumentUploads.ServiceAuth;
using DocumentUploads.ServiceDefaults.ServiceInvocation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DocumentUploads.ServiceDefaults.Tests;

/// <summary>A service client end to end over real loopback HTTP: service discovery or Dapr service invocation,
/// the internal service token, and which failures the standard resilience handler retries.</summary>
public class ServiceClientTests
{
    private static Dictionary<string, string?> Keys(string serviceKey = TestHosts.ServiceKey) =>
        TestHosts.Settings(new() { ["ServiceAuth:SigningKey"] = serviceKey });

    private static IHost Caller(Dictionary<string, string?> settings) =>
        TestHosts.Caller(settings, services => services.AddHttpClient("peer").AsServiceClient("peer"));

    private static HttpClient PeerClient(IHost caller) =>
        caller.Services.GetRequiredService<IHttpClientFactory>().CreateClient("peer");

    private static Task<LoopbackServer> SecuredPeer(string serviceKey = TestHosts.ServiceKey) => LoopbackServer.StartAsync(
        app => app.MapGet("/whoami", (HttpContext c) => c.User.Identity!.Name).RequireAuthorization(AuthPolicies.Service),
        configure: b =>
        {
            b.Configuration.AddInMemoryCollection(Keys(serviceKey));
            b.AddServiceDefaults();
        });

    [Fact]
    public async Task Direct_mode_reaches_the_injected_address_with_a_valid_service_token()
    {
        await using var peer = await SecuredPeer();
        using var caller = Caller(new(Keys()) { ["services:peer:http:0"] = peer.BaseAddress.ToString() });

        var who = await PeerClient(caller).GetStringAsync("whoami");

        Assert.Equal("caller", who); // the token's subject is the caller's app id
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_refused()
    {
        await using var peer = await SecuredPeer(serviceKey: "a-completely-different-service-key-0123456789");
        using var caller = Caller(new(Keys()) { ["services:peer:http:0"] = peer.BaseAddress.ToString() });

        using var response = await PeerClient(caller).GetAsync("whoami");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_user_token_cannot_call_a_service_route()
    {
        await using var peer = await SecuredPeer();
        using var caller = Caller(Keys());
        var userToken = caller.Services.GetRequiredService<TokenFactories>().User.Create("veteran-1");
        using var http = new HttpClient { BaseAddress = peer.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new("Bearer", userToken);

        using var response = await http.GetAsync("whoami");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Sidecar_mode_goes_through_dapr_service_invocation_with_the_api_token()
    {
        string? seenPath = null, seenToken = null;
        await using var sidecar = await LoopbackServer.StartAsync(app => app.Run(c =>
        {
            seenPath = c.Request.Path + c.Request.QueryString;
            seenToken = c.Request.Headers[DaprSidecar.ApiTokenHeader];
            return c.Response.WriteAsync("ok");
        }));
        using var caller = Caller(new(Keys())
        {
            ["DAPR_HTTP_ENDPOINT"] = sidecar.BaseAddress.ToString(),
            ["DAPR_API_TOKEN"] = "sidecar-token",
            ["services:peer:http:0"] = "http://127.0.0.1:1", // ignored: the sidecar wins
        });

        Assert.Equal("ok", await PeerClient(caller).GetStringAsync("statuses?since=1"));
        Assert.Equal("/v1.0/invoke/peer/method/statuses?since=1", seenPath);
        Assert.Equal("sidecar-token", seenToken);
    }

    private static async Task<(LoopbackServer Server, Func<int> Attempts)> FlakyPeer(int failures, int status = 503,
        string? retryAfter = null)
    {
        var attempts = 0;
        var server = await LoopbackServer.StartAsync(app => app.Run(async c =>
        {
            if (Interlocked.Increment(ref attempts) <= failures)
            {
                c.Response.StatusCode = status;
                if (retryAfter is not null) c.Response.Headers.RetryAfter = retryAfter;
                return;
            }
            await c.Response.WriteAsync("ok");
        }));
        return (server, () => Volatile.Read(ref attempts));
    }

    [Fact]
    public async Task A_GET_is_retried_on_transient_failures()
    {
        var (server, attempts) = await FlakyPeer(failures: 2);
        await using var _ = server;
        using var caller = Caller(new(Keys()) { ["services:peer:http:0"] = server.BaseAddress.ToString() });

        using var response = await PeerClient(caller).GetAsync("x");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, attempts());
    }

    [Fact]
    public async Task A_JSON_POST_is_retried_on_transient_failures()
    {
        var (server, attempts) = await FlakyPeer(failures: 1);
        await using var _ = server;
        using var caller = Caller(new(Keys()) { ["services:peer:http:0"] = server.BaseAddress.ToString() });

        using var response = await PeerClient(caller).PostAsync("x", JsonContent.Create(new { a = 1 }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, attempts());
    }

    [Fact]
    public async Task Client_errors_are_not_retried()
    {
        var (server, attempts) = await FlakyPeer(failures: 5, status: 400);
        await using var _ = server;
        using var caller = Caller(new(Keys()) { ["services:peer:http:0"] = server.BaseAddress.ToString() });

        using var response = await PeerClient(caller).GetAsync("x");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(1, attempts());
    }

    [Fact]
    public async Task Too_many_requests_waits_for_Retry_After()
    {
        var (server, attempts) = await FlakyPeer(failures: 1, status: 429, retryAfter: "1");
        await using var _ = server;
        using var caller = Caller(new(Keys()) { ["services:peer:http:0"] = server.BaseAddress.ToString() });
        var started = DateTimeOffset.UtcNow;

        using var response = await PeerClient(caller).GetAsync("x");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, attempts());
        Assert.True(DateTimeOffset.UtcNow - started >= TimeSpan.FromMilliseconds(900), "the retry did not wait for Retry-After");
    }
}
