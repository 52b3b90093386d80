namespace DocumentUploads.DocumentWorkflow.Ops;

/// <param name="Label">What operators call it: "in VBMS" for CLAIMS_EVIDENCE, "in BGS" for BENEFITS_GATEWAY_SERVICE.</param>
public sealed record StepTotal(string Step, string Label, long Count);
