using System.Text.Json;

namespace DocumentUploads.Benchmarks.StatusHop;

/// <summary>The status-hop scenario's figures; printed last as one JSON line for scripts to pick up.</summary>
public sealed record StatusHopResult(
    string Scenario,
    long Statuses,
    int IdsPerRequest,
    int Clients,
    double Seconds,
    double StatusesPerSecond,
    double ProviderCpuSeconds,
    double SimulatorCpuSeconds,
    double ProviderCpuSecondsPerMillion,
    string LoadAverage)
{
    public static StatusHopResult From(long statuses, int idsPerRequest, int clients, TimeSpan elapsed, TimeSpan providerCpu,
        TimeSpan simulatorCpu, string loadAverage) =>
        new("status-hop", statuses, idsPerRequest, clients, Math.Round(elapsed.TotalSeconds, 2),
            Math.Round(statuses / elapsed.TotalSeconds), Math.Round(providerCpu.TotalSeconds, 2), Math.Round(simulatorCpu.TotalSeconds, 2),
            Math.Round(providerCpu.TotalSeconds * 1e6 / statuses, 2), loadAverage);

    public string ToJson() => JsonSerializer.Serialize(this, JsonSerializerOptions.Web);
}
