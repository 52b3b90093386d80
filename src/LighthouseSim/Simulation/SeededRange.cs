namespace DocumentUploads.LighthouseSim.Simulation;

/// <summary>A block of uploads that exist only as a rule, so a million of them cost one object:
/// ids <see cref="FirstRequestId"/> .. + <see cref="Count"/> - 1, all uploaded at <see cref="UploadedAt"/>;
/// every <see cref="CompletedEvery"/>-th one (by index) succeeds, the others stay in progress.</summary>
public sealed record SeededRange(long FirstRequestId, long Count, int CompletedEvery, DateTimeOffset UploadedAt)
{
    public const string FileName = "seeded.pdf";
    public const string SystemName = "VA.gov";
    public const string DocType = "L023";
    public const long ClaimId = 600000001;

    public bool Contains(long requestId) => requestId >= FirstRequestId && requestId - FirstRequestId < Count;

    /// <summary>The upload behind an id of this range, made up on each lookup (nothing is stored).</summary>
    public RecordedUpload UploadOf(long requestId) => new(requestId, SystemName, DocType, ClaimId, null, FileName, [], 1,
        UploadedAt, Completes(requestId - FirstRequestId) ? SimulatedOutcome.Success : SimulatedOutcome.Stuck);

    private bool Completes(long index) => CompletedEvery > 0 && index % CompletedEvery == 0;
}
