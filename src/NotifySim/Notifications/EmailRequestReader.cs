using System.Text.Json;

namespace DocumentUploads.NotifySim.Notifications;

/// <summary>Checks a send-email body field by field, answering in VA Notify's words with the
/// field named, so a caller's mistake is found from the first 400.</summary>
public static class EmailRequestReader
{
    public const int MaxReferenceLength = 255;

    public static EmailRequestReading Read(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object) return EmailRequestReading.Invalid("The request body must be a JSON object.");

        if (!body.TryGetProperty("template_id", out var template) || template.ValueKind == JsonValueKind.Null)
        {
            return EmailRequestReading.Invalid("template_id is a required property");
        }
        if (template.ValueKind != JsonValueKind.String || !Guid.TryParse(template.GetString(), out var templateId))
        {
            return EmailRequestReading.Invalid("template_id is not a valid UUID");
        }

        var email = Present(body, "email_address");
        var identifier = Present(body, "recipient_identifier");
        if (email is null && identifier is null) return EmailRequestReading.Invalid("email_address or recipient_identifier is a required property");
        if (email is not null && identifier is not null)
        {
            return EmailRequestReading.Invalid("Provide either email_address or recipient_identifier, not both");
        }

        string? emailAddress = null;
        RecipientIdentifier? recipient = null;
        string? problem;
        if (email is { } e) problem = ReadEmailAddress(e, out emailAddress);
        else problem = ReadRecipientIdentifier(identifier!.Value, out recipient);
        if (problem is not null) return EmailRequestReading.Invalid(problem);

        problem = ReadPersonalisation(Present(body, "personalisation"), out var personalisation);
        if (problem is not null) return EmailRequestReading.Invalid(problem);

        string? reference = null;
        if (Present(body, "reference") is { } r)
        {
            if (r.ValueKind != JsonValueKind.String || r.GetString()!.Length > MaxReferenceLength)
            {
                return EmailRequestReading.Invalid($"reference must be a string of at most {MaxReferenceLength} characters");
            }
            reference = r.GetString();
        }

        return new EmailRequestReading(new EmailNotificationRequest(templateId, emailAddress, recipient, personalisation, reference), null);
    }

    /// <summary>The property, unless it is absent or JSON null (both mean "not given").</summary>
    private static JsonElement? Present(JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private static string? ReadEmailAddress(JsonElement value, out string? emailAddress)
    {
        emailAddress = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        // Only the shape: a local part, one @, a domain with a dot, no spaces.
        var at = emailAddress?.IndexOf('@') ?? -1;
        var valid = emailAddress is not null && at > 0 && at == emailAddress.LastIndexOf('@')
            && emailAddress.IndexOf('.', at) > at + 1 && !emailAddress.EndsWith('.') && !emailAddress.Any(char.IsWhiteSpace);
        return valid ? null : "email_address Not a valid email address";
    }

    private static string? ReadRecipientIdentifier(JsonElement value, out RecipientIdentifier? recipient)
    {
        recipient = null;
        if (value.ValueKind != JsonValueKind.Object) return "recipient_identifier must be an object with id_type and id_value";
        var idType = value.TryGetProperty("id_type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        if (idType is null || !RecipientIdentifier.IdTypes.Contains(idType))
        {
            return $"recipient_identifier id_type must be one of {string.Join(", ", RecipientIdentifier.IdTypes)}";
        }
        var idValue = value.TryGetProperty("id_value", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        if (string.IsNullOrWhiteSpace(idValue)) return "recipient_identifier id_value must be a non-empty string";
        recipient = new RecipientIdentifier(idType, idValue);
        return null;
    }

    private static string? ReadPersonalisation(JsonElement? value, out IReadOnlyDictionary<string, string>? personalisation)
    {
        personalisation = null;
        if (value is not { } given) return null;
        if (given.ValueKind != JsonValueKind.Object) return "personalisation must be an object";
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in given.EnumerateObject())
        {
            if (field.Value.ValueKind != JsonValueKind.String) return $"personalisation {field.Name} must be a string";
            fields[field.Name] = field.Value.GetString()!;
        }
        personalisation = fields;
        return null;
    }
}
