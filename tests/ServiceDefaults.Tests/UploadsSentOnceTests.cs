using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using DocumentUploads.Contracts.Providers;
using DocumentUploads.ServiceDefaults.ServiceInvocation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DocumentUploads.ServiceDefaults.Tests;

/// <summary>The rule that no upload is sent twice, over real loopback HTTP through the provider contract's
/// Refit client: a provider (or the sidecar in front of it) answering 503 to an upload sees one attempt, while a
/// 503 to a status query is retried. In Dapr mode the stand-in sidecar also checks what Dapr would be sent.</summary>
public sealed class UploadsSentOnceTests
{
    private const string Provider = "provider-lighthouse";

    private sealed record Received(string Method, string PathAndQuery, string? ApiToken, string? TraceParent, string? ContentType);

    /// <summary>Answers 503 to every upload and to the first status query, 200 after.</summary>
    private static Task<LoopbackServer> FailingProvider(ConcurrentQueue<Received> received) =>
        LoopbackServer.StartAsync(app => app.Run(async c =>
        {
            received.Enqueue(new Received(c.Request.Method, c.Request.Path + c.Request.QueryString,
                c.Request.Headers[DaprSidecar.ApiTokenHeader], c.Request.Headers["traceparent"], c.Request.ContentType));
            await c.Request.Body.CopyToAsync(Stream.Null); // read the whole upload, as a provider would
            var isUpload = c.Request.Path.Value!.EndsWith(ProviderRoutes.Upload, StringComparison.Ordinal);
            var statusQueries = received.Count(r => r.PathAndQuery.EndsWith(ProviderRoutes.Statuses, StringComparison.Ordinal));
            if (isUpload || statusQueries == 1)
            {
                c.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                return;
            }
            await c.Response.WriteAsJsonAsync(new ProviderStatusReport([], ["1"]));
        }));

    private static IHost Caller(Dictionary<string, string?> settings) =>
        TestHosts.Caller(settings, services => services.AddServiceClient<IProviderApi>(Provider, ProviderJson.Default));

    private static async Task UploadAndQueryAsync(IHost caller)
    {
        var provider = caller.Services.GetRequiredKeyedService<IProviderApi>(Provider);
        var metadata = new ProviderUploadMetadata("600000001", "600043201", "L023", "statement.txt", [1234]);
        using var form = new ProviderUploadForm(metadata, new StreamContent(new MemoryStream("statement"u8.ToArray())));
        using var upload = await provider.UploadAsync(form);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, upload.StatusCode);

        using var status = await provider.QueryStatusesAsync(new ProviderStatusQuery(["1"]));
        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
    }

    [Fact]
    public async Task Direct_mode_sends_an_upload_once_and_retries_a_status_query()
    {
        var received = new ConcurrentQueue<Received>();
        await using var provider = await FailingProvider(received);
        using var caller = Caller(new() { [$"services:{Provider}:http:0"] = provider.BaseAddress.ToString() });

        await UploadAndQueryAsync(caller);

        Assert.Equal(["POST /documents", "POST /statuses", "POST /statuses"], received.Select(r => $"{r.Method} {r.PathAndQuery}"));
        Assert.StartsWith("multipart/form-data", received.First().ContentType);
        Assert.All(received, r => Assert.Null(r.ApiToken));
    }

    [Fact]
    public async Task Sidecar_mode_sends_an_upload_once_through_dapr_service_invocation_and_retries_a_status_query()
    {
        var received = new ConcurrentQueue<Received>();
        await using var sidecar = await FailingProvider(received);
        using var caller = Caller(new()
        {
            ["DAPR_HTTP_ENDPOINT"] = sidecar.BaseAddress.ToString(),
            ["DAPR_API_TOKEN"] = "sidecar-token",
            [$"services:{Provider}:http:0"] = "http://127.0.0.1:1", // not used: with a sidecar, Dapr resolves app ids
        });
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == "System.Net.Http",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);

        await UploadAndQueryAsync(caller);

        var invoke = $"/v1.0/invoke/{Provider}/method";
        Assert.Equal([$"POST {invoke}/documents", $"POST {invoke}/statuses", $"POST {invoke}/statuses"],
            received.Select(r => $"{r.Method} {r.PathAndQuery}"));
        Assert.All(received, r => Assert.Equal("sidecar-token", r.ApiToken));
        Assert.All(received, r => Assert.Matches("^00-[0-9a-f]{32}-[0-9a-f]{16}-0[0-3]$", r.TraceParent ?? "(none)"));
    }
}
