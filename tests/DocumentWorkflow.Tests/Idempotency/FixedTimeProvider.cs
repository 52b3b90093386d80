namespace DocumentUploads.DocumentWorkflow.Tests.Idempotency;

/// <summary>A clock that stays where the test put it.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
