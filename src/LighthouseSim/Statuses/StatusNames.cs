namespace DocumentUploads.LighthouseSim.Statuses;

/// <summary>Lighthouse's document and step status values and step names.</summary>
public static class StatusNames
{
    public const string NotStarted = "NOT_STARTED";
    public const string InProgress = "IN_PROGRESS";
    public const string Success = "SUCCESS";
    public const string Failed = "FAILED";

    public const string ClaimsEvidence = "CLAIMS_EVIDENCE";
    public const string BenefitsGateway = "BENEFITS_GATEWAY_SERVICE";
}
