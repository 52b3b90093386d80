namespace DocumentUploads.DocumentWorkflow.Idempotency;

/// <summary>Configuration section <c>Idempotency</c>.</summary>
public sealed class IdempotencySettings
{
    public const string SectionName = "Idempotency";

    /// <summary>How long a reservation without a result blocks its key before it is presumed dead and a retry
    /// may take over. Must exceed one upload attempt after its reservation (provider call plus registration,
    /// about two minutes at the default HttpResilience timeouts), or a slow attempt could be sent twice.</summary>
    public TimeSpan AbandonAfter { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long a key is remembered after its first use; a retry later than this is a new upload. 24 h,
    /// like the public payment APIs that popularised the header: long enough for any client's retries.</summary>
    public TimeSpan RetainFor { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How often keys older than <see cref="RetainFor"/> are deleted.</summary>
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromHours(1);

    public IEnumerable<string> Validate()
    {
        if (AbandonAfter <= TimeSpan.Zero) yield return "Idempotency:AbandonAfter must be positive.";
        // A reservation still running must never be purged: retention outlasts any attempt.
        if (RetainFor <= AbandonAfter) yield return "Idempotency:RetainFor must be longer than Idempotency:AbandonAfter.";
        if (PurgeInterval <= TimeSpan.Zero) yield return "Idempotency:PurgeInterval must be positive.";
    }
}
