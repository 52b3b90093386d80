namespace DocumentUploads.Alerting;

/// <summary>The webhook body: <c>{"event":"fired"|"resolved","alert":{...}}</c>.</summary>
public sealed record AlertWebhookMessage(string Event, AlertRecord Alert)
{
    public const string Fired = "fired";
    public const string Resolved = "resolved";
}
