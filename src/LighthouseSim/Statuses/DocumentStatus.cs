using System.Text.Json.Serialization;

namespace DocumentUploads.LighthouseSim.Statuses;

/// <summary>One entry of <c>data.statuses</c>; <see cref="Error"/> appears only on some FAILED documents.</summary>
public sealed record DocumentStatus(
    long RequestId,
    StatusTime Time,
    string Status,
    IReadOnlyList<StatusStep> Steps,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] StatusError? Error);
