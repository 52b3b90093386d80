using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using DocumentUploads.LighthouseSim;
using DocumentUploads.Simulators.Tests.Infrastructure;

namespace DocumentUploads.Simulators.Tests.LighthouseSim;

public sealed class LighthouseStartupFaultTests
{
    [Fact]
    public async Task Faults_configured_at_start_up_apply_and_read_back()
    {
        await using var sim = await RunningApp.StartAsync(LighthouseSimApp.Build,
            "--LighthouseSim:Faults:StatusFailureRate=1", "--LighthouseSim:Faults:RateLimitPerSecond=100");
        using var key = RSA.Create(2048);
        var lighthouse = new LighthouseTestClient(sim, key, "document-uploads-dev");

        var faults = await sim.Client.GetFromJsonAsync<JsonElement>("_sim/faults");
        using var status = await lighthouse.StatusAsync([1L]);

        Assert.Equal(1.0, faults.GetProperty("statusFailureRate").GetDouble());
        Assert.Equal(100, faults.GetProperty("rateLimitPerSecond").GetInt32());
        Assert.Equal(HttpStatusCode.InternalServerError, status.StatusCode);
    }
}
