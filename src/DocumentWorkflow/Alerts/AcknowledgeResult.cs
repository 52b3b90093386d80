namespace DocumentUploads.DocumentWorkflow.Alerts;

/// <summary>What an acknowledgement did; <paramref name="Acknowledgement"/> is the one that stands, when there is one.</summary>
public sealed record AcknowledgeResult(AcknowledgeOutcome Outcome, AlertAcknowledgement? Acknowledgement);
