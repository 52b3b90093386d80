using System.Text.Json.Serialization;

namespace DocumentUploads.NotifySim.Notifications;

/// <summary>One notification notify-sim accepted, as <c>GET /_sim/notifications</c> lists it.</summary>
public sealed record RecordedNotification(
    [property: JsonPropertyName("id")] Guid Id,
    [property: JsonPropertyName("reference")] string? Reference,
    [property: JsonPropertyName("template_id")] Guid TemplateId,
    [property: JsonPropertyName("email_address")] string? EmailAddress,
    [property: JsonPropertyName("recipient_identifier")] RecipientIdentifier? RecipientIdentifier,
    [property: JsonPropertyName("personalisation")] IReadOnlyDictionary<string, string>? Personalisation,
    [property: JsonPropertyName("created_at")] DateTimeOffset CreatedAt);
