namespace DocumentUploads.ProviderChampva.Upstream;

/// <summary>One entry of the batch status answer. Everything but the id is nullable: the
/// upstream answer is not trusted to be complete.</summary>
public sealed record ChampvaIntakeResult(
    string? IntakeId,
    string? State,
    string? Stage,
    DateTimeOffset? ReceivedAt,
    DateTimeOffset? CompletedAt,
    ChampvaRejection? Rejection);
