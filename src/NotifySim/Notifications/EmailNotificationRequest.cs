namespace DocumentUploads.NotifySim.Notifications;

/// <summary>A valid <c>POST /v2/notifications/email</c> body: exactly one of
/// <see cref="EmailAddress"/> and <see cref="RecipientIdentifier"/> is set.</summary>
public sealed record EmailNotificationRequest(
    Guid TemplateId,
    string? EmailAddress,
    RecipientIdentifier? RecipientIdentifier,
    IReadOnlyDictionary<string, string>? Personalisation,
    string? Reference);
