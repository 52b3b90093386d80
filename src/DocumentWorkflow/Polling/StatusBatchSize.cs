namespace DocumentUploads.DocumentWorkflow.Polling;

/// <summary>How many request ids go into one bulk status request to a provider: as many as the provider states it
/// takes (its describe route), unless <c>Polling:BatchSize</c> is set lower. Pure.</summary>
public static class StatusBatchSize
{
    /// <summary>When the provider could not say and nothing is configured: small enough for any provider.</summary>
    public const int Fallback = 100;

    /// <param name="configured"><c>Polling:BatchSize</c>, null when unset.</param>
    /// <param name="providerMaximum">The provider's stated maximum, null when it could not be asked.</param>
    public static int Choose(int? configured, int? providerMaximum) => (configured, providerMaximum) switch
    {
        ({ } set, { } maximum) => Math.Min(set, maximum),
        (null, { } maximum) => maximum,
        ({ } set, null) => set,
        _ => Fallback,
    };
}
