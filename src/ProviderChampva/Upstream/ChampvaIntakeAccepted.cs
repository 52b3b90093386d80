namespace DocumentUploads.ProviderChampva.Upstream;

public sealed record ChampvaIntakeAccepted(string? IntakeId, DateTimeOffset? ReceivedAt);
