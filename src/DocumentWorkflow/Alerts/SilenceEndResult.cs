namespace DocumentUploads.DocumentWorkflow.Alerts;

/// <summary>What ending a silence did, with the silence as it now stands (null when there is none).</summary>
public sealed record SilenceEndResult(SilenceEndOutcome Outcome, AlertSilence? Silence);
