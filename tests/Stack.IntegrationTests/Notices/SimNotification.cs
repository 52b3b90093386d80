using System.Text.Json.Serialization;

namespace DocumentUploads.Stack.IntegrationTests.Notices;

/// <summary>One email notify-sim received, as <c>GET /_sim/notifications</c> lists it.</summary>
public sealed record SimNotification(
    string Id,
    string? Reference,
    [property: JsonPropertyName("template_id")] string TemplateId,
    [property: JsonPropertyName("recipient_identifier")] SimRecipient? RecipientIdentifier,
    IReadOnlyDictionary<string, string>? Personalisation);
