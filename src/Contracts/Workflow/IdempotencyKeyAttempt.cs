namespace DocumentUploads.Contracts.Workflow;

/// <summary>Names the attempt that reserved a key (by its <see cref="DocumentId"/>), to complete or release it.
/// Only the attempt still holding the key can: one that was presumed dead and taken over changes nothing.</summary>
public sealed record IdempotencyKeyAttempt(string ParticipantId, string Key, Guid DocumentId);
