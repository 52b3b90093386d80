using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentUploads.Simulators.Tests.Infrastructure;

namespace DocumentUploads.Simulators.Tests.LighthouseSim;

/// <summary>Fault settings are global to a sim, so these tests share one sim of their own and each
/// sets the whole fault set it needs (tests of one class run one at a time).</summary>
public sealed class LighthouseFaultTests(LighthouseFaultsFixture fixture) : IClassFixture<LighthouseFaultsFixture>, IAsyncLifetime
{
    private LighthouseTestClient Lighthouse => fixture.Lighthouse;

    public async Task InitializeAsync() => (await Lighthouse.PutFaultsAsync(new { })).EnsureSuccessStatusCode();

    public async Task DisposeAsync() => (await Lighthouse.PutFaultsAsync(new { })).EnsureSuccessStatusCode();

    [Fact]
    public async Task An_upload_failure_rate_of_1_fails_every_upload_with_500_and_records_nothing()
    {
        var before = await Lighthouse.UploadDocumentAsync("before.pdf");
        await PutAsync(new { uploadFailureRate = 1.0 });

        for (var i = 0; i < 3; i++)
        {
            using var response = await Lighthouse.UploadAsync(LighthouseTestClient.Parameters("a.pdf"), [1, 2, 3]);
            Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
            var error = (await response.ReadNodeAsync())["errors"]![0]!;
            Assert.Equal("Failed to verify payload", error["detail"]!.GetValue<string>());
            Assert.Equal("500", error["status"]!.GetValue<string>());
        }

        await PutAsync(new { uploadFailureRate = 0.0 });
        var after = await Lighthouse.UploadDocumentAsync("after.pdf");
        Assert.Equal(before + 1, after); // the failed uploads took no request id
    }

    [Fact]
    public async Task A_status_failure_rate_of_1_fails_every_status_call_with_500()
    {
        var requestId = await Lighthouse.UploadDocumentAsync("a.pdf");
        await PutAsync(new { statusFailureRate = 1.0 });

        using var bulk = await Lighthouse.StatusAsync([requestId]);
        using var single = await Lighthouse.SingleStatusAsync(requestId);

        Assert.Equal(HttpStatusCode.InternalServerError, bulk.StatusCode);
        Assert.Equal("500", (await bulk.ReadNodeAsync())["errors"]![0]!["status"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.InternalServerError, single.StatusCode);
    }

    [Fact]
    public async Task Rates_of_0_never_fail()
    {
        await PutAsync(new { uploadFailureRate = 0.0, statusFailureRate = 0.0, malformedStatusRate = 0.0 });

        for (var i = 0; i < 5; i++)
        {
            var requestId = await Lighthouse.UploadDocumentAsync("a.pdf");
            using var response = await Lighthouse.StatusAsync([requestId]);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task A_malformed_status_rate_of_1_answers_200_with_a_body_that_is_not_json()
    {
        var requestId = await Lighthouse.UploadDocumentAsync("a.pdf");
        await PutAsync(new { malformedStatusRate = 1.0 });

        using var response = await Lighthouse.StatusAsync([requestId]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(body));
    }

    [Fact]
    public async Task Past_the_rate_limit_calls_answer_429_with_retry_after()
    {
        var requestId = await Lighthouse.UploadDocumentAsync("a.pdf");
        await PutAsync(new { rateLimitPerSecond = 2 });

        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 10; i++) responses.Add(await Lighthouse.StatusAsync([requestId]));

        var limited = responses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.NotEmpty(limited);
        Assert.All(limited, r => Assert.True(r.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1)));
        Assert.Equal("429", (await limited[0].ReadNodeAsync())["errors"]![0]!["status"]!.GetValue<string>());
        responses.ForEach(r => r.Dispose());

        await PutAsync(new { });
        using var upload = await Lighthouse.UploadAsync(LighthouseTestClient.Parameters("a.pdf"), [1]);
        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
    }

    [Fact]
    public async Task Status_latency_delays_every_status_call()
    {
        var requestId = await Lighthouse.UploadDocumentAsync("a.pdf");
        await PutAsync(new { statusLatencyMs = 300 });

        var clock = Stopwatch.StartNew();
        using var response = await Lighthouse.StatusAsync([requestId]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(clock.ElapsedMilliseconds >= 290, $"answered after {clock.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task Put_replaces_the_whole_set_and_get_reads_it_back()
    {
        var all = new { uploadFailureRate = 0.1, statusFailureRate = 0.2, statusLatencyMs = 30, rateLimitPerSecond = 50, malformedStatusRate = 0.3 };
        using var put = await Lighthouse.PutFaultsAsync(all);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);

        var read = await Lighthouse.Http.GetFromJsonAsync<JsonElement>("_sim/faults");
        Assert.Equal(0.1, read.GetProperty("uploadFailureRate").GetDouble());
        Assert.Equal(0.2, read.GetProperty("statusFailureRate").GetDouble());
        Assert.Equal(30, read.GetProperty("statusLatencyMs").GetInt32());
        Assert.Equal(50, read.GetProperty("rateLimitPerSecond").GetInt32());
        Assert.Equal(0.3, read.GetProperty("malformedStatusRate").GetDouble());

        await PutAsync(new { statusLatencyMs = 5 });
        var replaced = await Lighthouse.Http.GetFromJsonAsync<JsonElement>("_sim/faults");
        Assert.Equal(0, replaced.GetProperty("uploadFailureRate").GetDouble());
        Assert.Equal(5, replaced.GetProperty("statusLatencyMs").GetInt32());
        Assert.Equal(0, replaced.GetProperty("rateLimitPerSecond").GetInt32());
    }

    [Theory]
    [InlineData("""{"uploadFailureRate":1.5}""")]
    [InlineData("""{"statusFailureRate":-0.1}""")]
    [InlineData("""{"malformedStatusRate":2}""")]
    [InlineData("""{"statusLatencyMs":-1}""")]
    [InlineData("""{"rateLimitPerSecond":-3}""")]
    [InlineData("""{"uploadFailureRate":""")]
    public async Task Invalid_fault_settings_are_a_400_and_change_nothing(string body)
    {
        await PutAsync(new { statusLatencyMs = 7 });

        using var response = await Lighthouse.Http.PutAsync("_sim/faults",
            new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("400", (await response.ReadNodeAsync())["errors"]![0]!["status"]!.GetValue<string>());
        var current = await Lighthouse.Http.GetFromJsonAsync<JsonElement>("_sim/faults");
        Assert.Equal(7, current.GetProperty("statusLatencyMs").GetInt32());
    }

    private async Task PutAsync(object faults)
    {
        using var response = await Lighthouse.PutFaultsAsync(faults);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
