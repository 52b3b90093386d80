using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentUploads.NotifySim;
using DocumentUploads.Simulators.Tests.Infrastructure;

namespace DocumentUploads.Simulators.Tests.NotifySim;

public sealed class NotifyStartupFaultTests
{
    [Fact]
    public async Task Faults_configured_at_start_up_apply_and_read_back()
    {
        await using var sim = await RunningApp.StartAsync(NotifySimApp.Build, "--NotifySim:Faults:FailureRate=1");
        var notify = new NotifySimTestClient(sim);

        var faults = await sim.Client.GetFromJsonAsync<JsonElement>("_sim/faults");
        using var send = await notify.SendEmailAsync(NotifySimTestClient.Email(Guid.NewGuid(), null));

        Assert.Equal(1.0, faults.GetProperty("failureRate").GetDouble());
        Assert.Equal(HttpStatusCode.InternalServerError, send.StatusCode);
    }

    [Fact]
    public void Unusable_start_up_faults_stop_the_sim()
    {
        var error = Assert.Throws<InvalidOperationException>(() => NotifySimApp.Build(["--NotifySim:Faults:LatencyMs=-5"]));

        Assert.Contains("NotifySim:Faults: latencyMs must not be negative.", error.Message);
    }

    [Fact]
    public void An_empty_api_key_stops_the_sim()
    {
        var error = Assert.Throws<InvalidOperationException>(() => NotifySimApp.Build(["--NotifySim:ApiKey= "]));

        Assert.Contains("NotifySim:ApiKey", error.Message);
    }
}
