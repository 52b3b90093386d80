using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using DocumentUploads.Simulators.Tests.Infrastructure;

namespace DocumentUploads.Simulators.Tests.NotifySim;

/// <summary>Talks to a running notify-sim directly, with or without its key.</summary>
public sealed class NotifySimTestClient(RunningApp sim)
{
    public const string ApiKey = "notify-dev-key";

    public HttpClient Http => sim.Client;

    /// <summary>A valid send to a participant id, with the given template and reference.</summary>
    public static object Email(Guid templateId, string? reference) => new
    {
        template_id = templateId,
        recipient_identifier = new { id_type = "PID", id_value = "600043201" },
        personalisation = new { file_name = "scan", document_type = "Buddy statement" },
        reference,
    };

    public Task<HttpResponseMessage> SendEmailAsync(object body, string? authorization = $"Bearer {ApiKey}") =>
        SendRawAsync(JsonContent.Create(body), authorization);

    public async Task<HttpResponseMessage> SendRawAsync(HttpContent content, string? authorization = $"Bearer {ApiKey}")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "v2/notifications/email") { Content = content };
        if (authorization is not null) request.Headers.TryAddWithoutValidation("Authorization", authorization);
        return await Http.SendAsync(request);
    }

    public static HttpContent RawJson(string json) => new StringContent(json, Encoding.UTF8, "application/json");

    public async Task<JsonArray> ListAsync(string? reference = null)
    {
        var path = reference is null ? "_sim/notifications" : $"_sim/notifications?reference={Uri.EscapeDataString(reference)}";
        using var response = await Http.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return (await response.ReadNodeAsync()).AsArray();
    }

    public Task<HttpResponseMessage> PutFaultsAsync(object faults) => Http.PutAsJsonAsync("_sim/faults", faults);

    public static string ErrorOf(JsonNode body) => body["errors"]![0]!["error"]!.GetValue<string>();

    public static string MessageOf(JsonNode body) => body["errors"]![0]!["message"]!.GetValue<string>();
}
