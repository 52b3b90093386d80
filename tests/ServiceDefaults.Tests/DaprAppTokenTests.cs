using System.Net;
using DocumentUploads.ServiceDefaults.ServiceInvocation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace DocumentUploads.ServiceDefaults.Tests;

/// <summary>A service whose sidecar was given APP_API_TOKEN answers only calls carrying it, on every route
/// (anonymous ones and health included); without the setting nothing is asked.</summary>
public sealed class DaprAppTokenTests
{
    private static Task<LoopbackServer> Service(string? appApiToken) => LoopbackServer.StartAsync(
        app =>
        {
            app.MapDefaultEndpoints();
            app.MapPost("/document-status-poll", () => "polled").AllowAnonymous();
        },
        configure: b =>
        {
            b.Configuration.AddInMemoryCollection(TestHosts.Settings(new() { ["APP_API_TOKEN"] = appApiToken }));
            b.AddServiceDefaults();
        });

    private static async Task<HttpStatusCode> PostAsync(LoopbackServer service, string? token)
    {
        using var http = new HttpClient { BaseAddress = service.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, "document-status-poll");
        if (token is not null) request.Headers.Add(DaprSidecar.ApiTokenHeader, token);
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }

    [Fact]
    public async Task With_an_app_token_only_calls_carrying_it_are_served()
    {
        await using var service = await Service("app-token-from-the-sidecar");

        Assert.Equal(HttpStatusCode.OK, await PostAsync(service, "app-token-from-the-sidecar"));
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(service, null));
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(service, "another-token"));
        using var http = new HttpClient { BaseAddress = service.BaseAddress };
        using var health = await http.GetAsync(HealthPaths.Ready.TrimStart('/'));
        Assert.Equal(HttpStatusCode.Unauthorized, health.StatusCode);
    }

    [Fact]
    public async Task Without_an_app_token_no_token_is_asked_for()
    {
        await using var service = await Service(null);

        Assert.Equal(HttpStatusCode.OK, await PostAsync(service, null));
    }
}
