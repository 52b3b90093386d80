namespace DocumentUploads.DocumentWorkflow.Storage;

/// <summary><see cref="Created"/> is false when the provider request id was already registered
/// (a retried registration), in which case <see cref="Document"/> is the existing one.</summary>
public sealed record RegistrationResult(TrackedDocument Document, bool Created);
