using System.Net.Http.Json;
using System.Text.Json;

namespace DocumentUploads.ProviderContract.Tests.Infrastructure;

/// <summary><c>PUT /_sim/faults</c>, which both simulators serve (SimulatorKit).</summary>
public static class SimulatorFaultsClient
{
    public static async Task PutFaultsAsync(this RunningApp simulator, SimulatorFaults faults)
    {
        using var response = await simulator.Client.PutAsJsonAsync("_sim/faults", faults, JsonSerializerOptions.Web);
        Assert.True(response.IsSuccessStatusCode, $"PUT /_sim/faults: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
