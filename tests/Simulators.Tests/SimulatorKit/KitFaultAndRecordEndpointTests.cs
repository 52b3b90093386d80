using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentUploads.Simulators.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DocumentUploads.Simulators.Tests.SimulatorKit;

/// <summary>The kit's endpoints and filters in a simulator of its own, to show that every answer a
/// fault gives comes from the simulator's <see cref="KitTestFaultResponses"/>, never from the kit.</summary>
public sealed class KitFaultAndRecordEndpointTests : IAsyncLifetime
{
    private RunningApp _sim = null!;

    private HttpClient Http => _sim.Client;

    public async Task InitializeAsync() => _sim = await RunningApp.StartAsync(KitTestApp.Build);

    public async Task DisposeAsync() => await _sim.DisposeAsync();

    [Fact]
    public void Unusable_start_up_faults_stop_the_simulator_naming_its_section()
    {
        var e = Assert.Throws<InvalidOperationException>(() => KitTestApp.Build(["--KitSim:Faults:StatusLatencyMs=-5"]));

        Assert.Equal("KitSim:Faults: statusLatencyMs must not be negative.", e.Message);
    }

    [Fact]
    public async Task Unusable_settings_are_answered_by_the_simulator()
    {
        using var response = await Http.PutAsJsonAsync("_sim/faults", new { uploadFailureRate = 2 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("uploadFailureRate must be between 0 and 1.", (await response.ReadNodeAsync())["why"]!.GetValue<string>());
    }

    [Fact]
    public async Task Status_faults_are_answered_by_the_simulator()
    {
        await PutFaultsAsync(new { statusFailureRate = 1.0 });
        using var failed = await Http.GetAsync("status");
        await PutFaultsAsync(new { malformedStatusRate = 1.0 });
        using var cut = await Http.GetAsync("status");

        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Equal("kit: status down", await failed.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, cut.StatusCode);
        Assert.Equal("application/json", cut.Content.Headers.ContentType?.MediaType);
        Assert.Equal("""{"kit":[""", await cut.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_rate_limit_is_answered_by_the_simulator_with_retry_after()
    {
        await PutFaultsAsync(new { rateLimitPerSecond = 1 });

        var limited = await Eventually.PollAsync(() => Http.GetAsync("status"), r => r.StatusCode != HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        Assert.Equal("kit: slow down", await limited.Content.ReadAsStringAsync());
        limited.Dispose();
    }

    [Fact]
    public async Task Recorded_uploads_are_shown_until_cleared()
    {
        _sim.Services.GetRequiredService<KitTestRecords>().Add(new KitTestRecord(7, "seven"));

        var found = await Http.GetFromJsonAsync<JsonElement>("_sim/records/7");
        using var missing = await Http.GetAsync("_sim/records/8");
        using var notAnId = await Http.GetAsync("_sim/records/seven");
        using var cleared = await Http.DeleteAsync("_sim/records");
        using var afterClear = await Http.GetAsync("_sim/records/7");

        Assert.Equal("seven", found.GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("kit: no record 8", await missing.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, notAnId.StatusCode);
        Assert.Empty(await notAnId.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NoContent, cleared.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, afterClear.StatusCode);
    }

    private async Task PutFaultsAsync(object faults)
    {
        using var response = await Http.PutAsJsonAsync("_sim/faults", faults);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
