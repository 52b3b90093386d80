namespace DocumentUploads.DocumentWorkflow.Idempotency;

/// <summary>Configuration section <c>Idempotency</c>.</summary>
public sealed class IdempotencySettings
{
    public const string SectionName = "Idempotency";

    /// <summary>How long a reservation without a result blocks its key before it is presumed dead and a retry
    /// may take over. Must exceed one upload attempt after its reservation (provider call plus registration,
    /// about two minutes at the default HttpResilience timeouts), or a slow attempt could be sent twice.</summary>
    public TimeSpan AbandonAfter { get; set; } = TimeSpan.FromMinutes(5);
}
