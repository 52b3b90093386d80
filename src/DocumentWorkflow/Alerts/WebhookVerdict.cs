namespace DocumentUploads.DocumentWorkflow.Alerts;

/// <summary>Whether a firing or resolution goes to the webhook, and if not, why not.</summary>
public enum WebhookVerdict
{
    Send,

    /// <summary>An operator acknowledged this firing: they already know.</summary>
    Acknowledged,

    /// <summary>A running silence covers the alert's monitor and subject.</summary>
    Silenced,
}
