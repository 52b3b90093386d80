using System.Text.Json;
using System.Text.Json.Serialization;

namespace DocumentUploads.LighthouseSim.Uploads;

/// <summary>The <c>data</c> object of the <c>parameters</c> part. claimId is numeric in the real API;
/// a string of digits is accepted too. participantId may come as a number or a string.</summary>
public sealed record UploadParametersData(
    string? SystemName,
    string? DocType,
    [property: JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)] long? ClaimId,
    JsonElement? ParticipantId,
    string? FileName,
    IReadOnlyList<long>? TrackedItemIds)
{
    public string? ParticipantIdText => ParticipantId switch
    {
        { ValueKind: JsonValueKind.String } p => p.GetString(),
        { ValueKind: JsonValueKind.Number } p => p.GetRawText(),
        _ => null,
    };
}
