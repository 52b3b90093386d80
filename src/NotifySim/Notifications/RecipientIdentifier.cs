using System.Text.Json.Serialization;

namespace DocumentUploads.NotifySim.Notifications;

/// <summary>Who to email when the caller has no address: VA Notify looks it up from this id.</summary>
public sealed record RecipientIdentifier(
    [property: JsonPropertyName("id_type")] string IdType,
    [property: JsonPropertyName("id_value")] string IdValue)
{
    /// <summary>The id types VA Notify can look an address up by.</summary>
    public static readonly IReadOnlyList<string> IdTypes = ["ICN", "PID", "EDIPI", "VAPROFILEID", "BIRLSID"];
}
