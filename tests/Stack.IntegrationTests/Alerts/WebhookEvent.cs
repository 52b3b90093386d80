using System.Text.Json;

namespace DocumentUploads.Stack.IntegrationTests.Alerts;

/// <summary>One POST the webhook receiver got: the raw JSON and its parsed parts.</summary>
public sealed record WebhookEvent(string Json, string? Query)
{
    private JsonElement Root => JsonDocument.Parse(Json).RootElement;

    public string Event => Root.GetProperty("event").GetString()!;
    public JsonElement Alert => Root.GetProperty("alert");
    public Guid AlertId => Alert.GetProperty("id").GetGuid();
    public string Monitor => Alert.GetProperty("monitor").GetString()!;
    public string Subject => Alert.GetProperty("subject").GetString()!;
    public string Severity => Alert.GetProperty("severity").GetString()!;
    public string Summary => Alert.GetProperty("summary").GetString()!;
}
