using System.Text.Json.Serialization;

namespace DocumentUploads.NotifySim.Notifications;

/// <summary>The email as sent; notify-sim has no templates, so it says what it would have rendered.</summary>
public sealed record NotificationContent(
    [property: JsonPropertyName("subject")] string Subject,
    [property: JsonPropertyName("body")] string Body);
