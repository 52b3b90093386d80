using System.Text.Json.Serialization;

namespace DocumentUploads.NotifySim.Notifications;

/// <summary>The 201 body of <c>POST /v2/notifications/email</c>, in VA Notify's shape.</summary>
public sealed record NotificationCreated(
    [property: JsonPropertyName("id")] Guid Id,
    [property: JsonPropertyName("reference")] string? Reference,
    [property: JsonPropertyName("content")] NotificationContent Content,
    [property: JsonPropertyName("template")] NotificationTemplate Template,
    [property: JsonPropertyName("uri")] string Uri);
