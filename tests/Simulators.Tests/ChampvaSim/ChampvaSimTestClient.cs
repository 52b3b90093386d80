using System.Net.Http.Json;
using DocumentUploads.Simulators.Tests.Infrastructure;

namespace DocumentUploads.Simulators.Tests.ChampvaSim;

/// <summary>Talks to a running champva-sim directly, with or without its API key.</summary>
public sealed class ChampvaSimTestClient(RunningApp sim)
{
    public const string ApiKey = "champva-dev-key";

    public HttpClient Http => sim.Client;

    public async Task<HttpResponseMessage> IntakeAsync(object? metadata, byte[]? document, string? apiKey = ApiKey)
    {
        using var content = new MultipartFormDataContent();
        if (metadata is not null) content.Add(JsonContent.Create(metadata), "metadata");
        if (document is not null) content.Add(new ByteArrayContent(document), "document", "doc.pdf");
        return await SendAsync(new HttpRequestMessage(HttpMethod.Post, "api/champva/v1/intake") { Content = content }, apiKey);
    }

    public Task<HttpResponseMessage> StatusBatchAsync(IEnumerable<string> intakeIds, string? apiKey = ApiKey) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, "api/champva/v1/intake/status:batch")
        {
            Content = JsonContent.Create(new { intakeIds }),
        }, apiKey);

    public Task<HttpResponseMessage> ClaimAsync(string claimNumber, string beneficiaryId) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Get,
            $"api/champva/v1/claims/{Uri.EscapeDataString(claimNumber)}?beneficiaryId={Uri.EscapeDataString(beneficiaryId)}"), ApiKey);

    public Task<HttpResponseMessage> PutFaultsAsync(object faults) => Http.PutAsJsonAsync("_sim/faults", faults);

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, string? apiKey)
    {
        using (request)
        {
            if (apiKey is not null) request.Headers.Add("x-api-key", apiKey);
            return await Http.SendAsync(request);
        }
    }
}
