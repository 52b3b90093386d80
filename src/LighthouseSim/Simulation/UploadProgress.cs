using DocumentUploads.LighthouseSim.Statuses;

namespace DocumentUploads.LighthouseSim.Simulation;

/// <summary>Where a document is now, computed from the time since its upload (no timers): one
/// step per step duration, CLAIMS_EVIDENCE then BENEFITS_GATEWAY_SERVICE, unless its magic
/// file name chose another ending.</summary>
public static class UploadProgress
{
    private const string ClaimsEvidenceDescription = "Add the document to the veteran's VBMS eFolder through the Claim Evidence API";
    private const string BenefitsGatewayDescription = "Update the claim's tracked items in the Benefits Gateway Service";
    private const string ClaimsEvidenceFailure =
        "The Claim Evidence API rejected the document: the file number on the claim does not match the veteran's eFolder.";

    /// <summary>Where the extra status of a <c>sim-extra-id</c> document is reported: its own id plus this.</summary>
    public const long ExtraRequestIdOffset = 1_000_000_000;

    /// <summary>True for a document status answers leave out entirely (<c>sim-unmentioned</c>).</summary>
    public static bool IsOmitted(RecordedUpload upload) => upload.Outcome == SimulatedOutcome.Unmentioned;

    /// <summary>The finished status, for an id nobody asked about, that every answer including a
    /// <c>sim-extra-id</c> document also carries; null for every other document.</summary>
    public static DocumentStatus? ExtraStatus(RecordedUpload upload)
    {
        if (upload.Outcome != SimulatedOutcome.SuccessWithExtraStatus) return null;
        var at = upload.UploadedAt.ToUnixTimeMilliseconds();
        return new DocumentStatus(upload.RequestId + ExtraRequestIdOffset, new StatusTime(at, at), StatusNames.Success,
            Steps(StatusNames.Success, StatusNames.Success), null);
    }

    /// <summary>Null when the document must be reported as not found.</summary>
    public static DocumentStatus? StatusAt(RecordedUpload upload, DateTimeOffset now, TimeSpan stepDuration)
    {
        if (upload.Outcome == SimulatedOutcome.NeverFound) return null;

        var steps = upload.Outcome == SimulatedOutcome.Stuck ? 0 : (now - upload.UploadedAt) / stepDuration;
        var start = upload.UploadedAt.ToUnixTimeMilliseconds();
        long EndAfter(int stepCount) => (upload.UploadedAt + stepDuration * stepCount).ToUnixTimeMilliseconds();

        if (steps < 1) return Moving(upload, start, StatusNames.InProgress, StatusNames.NotStarted);

        switch (upload.Outcome)
        {
            case SimulatedOutcome.FailAtClaimsEvidence:
                return Failed(upload, new StatusTime(start, EndAfter(1)), StatusNames.Failed, StatusNames.NotStarted,
                    new StatusError(ClaimsEvidenceFailure, StatusNames.ClaimsEvidence));
            case SimulatedOutcome.FailWithoutError:
                return Failed(upload, new StatusTime(start, EndAfter(1)), StatusNames.Failed, StatusNames.NotStarted, null);
        }

        if (steps < 2) return Moving(upload, start, StatusNames.Success, StatusNames.InProgress);

        if (upload.Outcome == SimulatedOutcome.FailAtBenefitsGateway)
        {
            return Failed(upload, new StatusTime(start, EndAfter(2)), StatusNames.Success, StatusNames.Failed,
                new StatusError(BenefitsGatewayFailure(upload), StatusNames.BenefitsGateway));
        }
        return new DocumentStatus(upload.RequestId, new StatusTime(start, EndAfter(2)), StatusNames.Success,
            Steps(StatusNames.Success, StatusNames.Success), null);
    }

    private static string BenefitsGatewayFailure(RecordedUpload upload) => upload.TrackedItemIds.Count > 0
        ? $"BGS could not update tracked item {upload.TrackedItemIds[0]}: the tracked item is closed."
        : $"BGS could not find claim {upload.ClaimId} to attach the document to.";

    private static DocumentStatus Moving(RecordedUpload upload, long start, string claimsEvidence, string benefitsGateway) =>
        new(upload.RequestId, new StatusTime(start, null), StatusNames.InProgress, Steps(claimsEvidence, benefitsGateway), null);

    private static DocumentStatus Failed(RecordedUpload upload, StatusTime time, string claimsEvidence, string benefitsGateway,
        StatusError? error) =>
        new(upload.RequestId, time, StatusNames.Failed, Steps(claimsEvidence, benefitsGateway), error);

    private static IReadOnlyList<StatusStep> Steps(string claimsEvidence, string benefitsGateway) =>
    [
        new(StatusNames.ClaimsEvidence, StatusNames.BenefitsGateway, ClaimsEvidenceDescription, claimsEvidence),
        new(StatusNames.BenefitsGateway, null, BenefitsGatewayDescription, benefitsGateway),
    ];
}
