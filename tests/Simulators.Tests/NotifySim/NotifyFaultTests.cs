using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentUploads.Simulators.Tests.Infrastructure;

namespace DocumentUploads.Simulators.Tests.NotifySim;

/// <summary>Each test starts from no faults and nothing recorded (xunit makes a new instance per test).</summary>
public sealed class NotifyFaultTests(NotifyFaultsFixture fixture) : IClassFixture<NotifyFaultsFixture>, IAsyncLifetime
{
    private NotifySimTestClient Notify => fixture.Notify;

    public async Task InitializeAsync()
    {
        using var faults = await Notify.PutFaultsAsync(new { });
        faults.EnsureSuccessStatusCode();
        using var cleared = await Notify.Http.DeleteAsync("_sim/notifications");
        cleared.EnsureSuccessStatusCode();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task With_failure_rate_1_a_send_is_500_and_nothing_is_recorded()
    {
        using var put = await Notify.PutFaultsAsync(new { failureRate = 1 });

        using var response = await Notify.SendEmailAsync(NotifySimTestClient.Email(Guid.NewGuid(), "doc-1-failure"));

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var body = await response.ReadNodeAsync();
        Assert.Equal(500, body["status_code"]!.GetValue<int>());
        Assert.Equal("Exception", NotifySimTestClient.ErrorOf(body));
        Assert.Empty(await Notify.ListAsync());
    }

    [Fact]
    public async Task Past_the_rate_limit_a_send_is_429_RateLimitError_with_retry_after()
    {
        using var put = await Notify.PutFaultsAsync(new { rateLimitPerSecond = 1 });

        // Two calls in one second window; on a slow machine the window may turn between them, so try a few pairs.
        HttpResponseMessage? limited = null;
        for (var attempt = 0; attempt < 5 && limited is null; attempt++)
        {
            using var first = await Notify.SendEmailAsync(NotifySimTestClient.Email(Guid.NewGuid(), null));
            var second = await Notify.SendEmailAsync(NotifySimTestClient.Email(Guid.NewGuid(), null));
            if (second.StatusCode == HttpStatusCode.TooManyRequests) limited = second;
            else second.Dispose();
        }

        Assert.NotNull(limited);
        using (limited)
        {
            Assert.True(limited.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
            var body = await limited.ReadNodeAsync();
            Assert.Equal(429, body["status_code"]!.GetValue<int>());
            Assert.Equal("RateLimitError", NotifySimTestClient.ErrorOf(body));
        }
    }

    [Fact]
    public async Task Latency_delays_every_send()
    {
        using var put = await Notify.PutFaultsAsync(new { latencyMs = 300 });

        var clock = Stopwatch.StartNew();
        using var response = await Notify.SendEmailAsync(NotifySimTestClient.Email(Guid.NewGuid(), null));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.True(clock.ElapsedMilliseconds >= 290, $"answered after {clock.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task Faults_round_trip_with_their_wire_names()
    {
        using var put = await Notify.PutFaultsAsync(new { failureRate = 0.25, latencyMs = 5, rateLimitPerSecond = 50 });
        var read = await Notify.Http.GetFromJsonAsync<JsonElement>("_sim/faults");

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(0.25, read.GetProperty("failureRate").GetDouble());
        Assert.Equal(5, read.GetProperty("latencyMs").GetInt32());
        Assert.Equal(50, read.GetProperty("rateLimitPerSecond").GetInt32());
    }

    [Theory]
    [InlineData("""{"failureRate":1.5}""", "failureRate")]
    [InlineData("""{"latencyMs":-1}""", "latencyMs")]
    [InlineData("""{"rateLimitPerSecond":-1}""", "rateLimitPerSecond")]
    [InlineData("""{"failureRate":"half"}""", "not valid JSON")]
    public async Task Unusable_fault_settings_are_400_and_change_nothing(string json, string named)
    {
        using var before = await Notify.PutFaultsAsync(new { latencyMs = 7 });

        using var response = await Notify.Http.PutAsync("_sim/faults", NotifySimTestClient.RawJson(json));
        var current = await Notify.Http.GetFromJsonAsync<JsonElement>("_sim/faults");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.ReadNodeAsync();
        Assert.Equal("ValidationError", NotifySimTestClient.ErrorOf(body));
        Assert.Contains(named, NotifySimTestClient.MessageOf(body));
        Assert.Equal(7, current.GetProperty("latencyMs").GetInt32());
    }

    [Fact]
    public async Task Delete_forgets_every_notification()
    {
        using var sent = await Notify.SendEmailAsync(NotifySimTestClient.Email(Guid.NewGuid(), "doc-2-failure"));
        Assert.Single(await Notify.ListAsync());

        using var deleted = await Notify.Http.DeleteAsync("_sim/notifications");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Empty(await Notify.ListAsync());
    }
}
