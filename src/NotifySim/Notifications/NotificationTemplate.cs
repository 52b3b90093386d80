using System.Text.Json.Serialization;

namespace DocumentUploads.NotifySim.Notifications;

public sealed record NotificationTemplate(
    [property: JsonPropertyName("id")] Guid Id,
    [property: JsonPropertyName("version")] int Version,
    [property: JsonPropertyName("uri")] string Uri);
