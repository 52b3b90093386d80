using System.Text.Json.Serialization;

namespace DocumentUploads.ChampvaSim.Statuses;

/// <summary>One entry of <c>results</c>; <see cref="Rejection"/> appears only when REJECTED.</summary>
public sealed record IntakeStatusResult(
    string IntakeId,
    string State,
    string Stage,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? CompletedAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IntakeRejection? Rejection);
