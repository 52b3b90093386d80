namespace DocumentUploads.Alerting;

public static class AlertSeverities
{
    public const string Warning = "warning";
    public const string Critical = "critical";

    public static readonly IReadOnlyList<string> All = [Warning, Critical];
}
