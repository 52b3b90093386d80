using System.Text.Json.Serialization;

namespace DocumentUploads.DocumentWorkflow.Notices;

/// <summary>Whom VA Notify emails: here always the veteran's participant id (<c>PID</c>).</summary>
public sealed record VaNotifyRecipient(
    [property: JsonPropertyName("id_type")] string IdType,
    [property: JsonPropertyName("id_value")] string IdValue)
{
    public static VaNotifyRecipient Participant(string participantId) => new("PID", participantId);
}
