namespace DocumentUploads.DocumentWorkflow.Ops;

/// <summary>Names operators use for providers' steps: Lighthouse's CLAIMS_EVIDENCE is VBMS and
/// BENEFITS_GATEWAY_SERVICE is BGS; other providers' steps (CHAMPVA's) are shown as they are.</summary>
public static class StepLabels
{
    public static string? Label(string? step) => step switch
    {
        null => null,
        "CLAIMS_EVIDENCE" => "in VBMS",
        "BENEFITS_GATEWAY_SERVICE" => "in BGS",
        _ => step,
    };
}
