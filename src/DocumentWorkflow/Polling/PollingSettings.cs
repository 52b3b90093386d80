using DocumentUploads.DocumentWorkflow.Domain;

namespace DocumentUploads.DocumentWorkflow.Polling;

/// <summary>Configuration section <c>Polling</c>.</summary>
public sealed class PollingSettings
{
    public const string SectionName = "Polling";

    /// <summary>Whether the in-process scheduler runs cycles (triggers still work when off).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Time between scheduled cycles (30 s in Development, 5 min otherwise). A cycle over 10^6 pending documents
    /// takes seconds, so waiting longer between them would only delay what veterans and operators see.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>At most this many request ids per bulk status request (1 to 1000). Unset (the default): as many as
    /// each provider states it takes in its describe route (see <see cref="StatusBatchSize"/>).</summary>
    public int? BatchSize { get; set; }

    /// <summary>Pending documents read from the store per keyset page.</summary>
    public int PageSize { get; set; } = 1000;

    public int MaxConcurrentRequestsPerProvider { get; set; } = 4;

    /// <summary>Pages polled and written at the same time (while the next page is being read).</summary>
    public int PagesInFlight { get; set; } = 2;

    public TimeSpan NotFoundGrace { get; set; } = TimeSpan.FromHours(24);
    public TimeSpan TimeoutAfter { get; set; } = TimeSpan.FromHours(96);
    public TimeSpan StuckAfter { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Timed-out documents are polled at most this often.</summary>
    public TimeSpan TimedOutPollInterval { get; set; } = TimeSpan.FromHours(6);

    /// <summary>How long a cycle's lease lasts without renewal: a holder that died blocks the next cycle at
    /// most this long. A running cycle renews it every third of it, whatever its pages are doing.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A veteran reading a pending document (or a claim's list) whose status is older than this gets it
    /// refreshed from its provider first, through the same state machine and writes as a cycle. Also the least time
    /// between two such refreshes of one document, whoever asks.</summary>
    public TimeSpan OnDemandMaxAge { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long a read waits for that refresh before it answers with the stored status.</summary>
    public TimeSpan OnDemandTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Pending documents one read may refresh (a claim's list asks for the newest first).</summary>
    public int OnDemandMaxDocuments { get; set; } = 50;

    /// <summary>How often a running cycle renews its lease (a third of <see cref="LeaseDuration"/>, so two
    /// renewals in a row may fail before it is lost).</summary>
    public TimeSpan LeaseRenewalInterval => LeaseDuration / 3;

    public PollingPolicy Policy => new() { NotFoundGrace = NotFoundGrace, TimeoutAfter = TimeoutAfter, StuckAfter = StuckAfter };

    public IEnumerable<string> Validate()
    {
        if (Interval <= TimeSpan.Zero) yield return "Polling:Interval must be positive.";
        if (BatchSize is < 1 or > 1000) yield return "Polling:BatchSize must be between 1 and 1000, or unset.";
        if (PageSize < 1) yield return "Polling:PageSize must be positive.";
        if (MaxConcurrentRequestsPerProvider < 1) yield return "Polling:MaxConcurrentRequestsPerProvider must be positive.";
        if (PagesInFlight < 1) yield return "Polling:PagesInFlight must be positive.";
        if (LeaseDuration < TimeSpan.FromSeconds(1)) yield return "Polling:LeaseDuration must be at least 1 s.";
        if (OnDemandMaxAge < TimeSpan.Zero) yield return "Polling:OnDemandMaxAge must not be negative.";
        if (OnDemandTimeout <= TimeSpan.Zero) yield return "Polling:OnDemandTimeout must be positive.";
        if (OnDemandMaxDocuments is < 0 or > 1000) yield return "Polling:OnDemandMaxDocuments must be between 0 and 1000.";
    }
}
