using System.Text.Json.Serialization;

namespace DocumentUploads.DocumentWorkflow.Notices;

/// <summary>The body of VA Notify's <c>POST /v2/notifications/email</c>. VA Notify looks the address up from the
/// recipient identifier, so no email address passes through this service.</summary>
public sealed record VaNotifyEmailRequest(
    [property: JsonPropertyName("template_id")] string TemplateId,
    [property: JsonPropertyName("recipient_identifier")] VaNotifyRecipient RecipientIdentifier,
    [property: JsonPropertyName("personalisation")] IReadOnlyDictionary<string, string> Personalisation,
    [property: JsonPropertyName("reference")] string Reference);
