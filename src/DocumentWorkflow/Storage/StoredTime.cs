namespace DocumentUploads.DocumentWorkflow.Storage;

/// <summary>Times to the millisecond, as both databases keep them: what an endpoint answers or a webhook sends then
/// equals what a later read returns.</summary>
public static class StoredTime
{
    public static DateTimeOffset Truncate(DateTimeOffset value) =>
        new(value.Ticks - value.Ticks % TimeSpan.TicksPerMillisecond, value.Offset);

    public static DateTimeOffset Now(TimeProvider time) => Truncate(time.GetUtcNow());
}
