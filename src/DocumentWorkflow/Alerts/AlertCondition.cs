namespace DocumentUploads.DocumentWorkflow.Alerts;

/// <summary>A condition a monitor finds true right now; an alert is active while its condition holds.</summary>
/// <param name="Summary">One sentence with the numbers, as the alert will show it.</param>
public sealed record AlertCondition(string Monitor, string Subject, string Severity, string Summary);
