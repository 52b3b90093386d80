namespace DocumentUploads.DocumentWorkflow.Ops.Html;

/// <summary>The dashboard's sections, in the order of the navigation bar. Alerts is listed for the
/// alerts page the alert monitors add (its route is <see cref="OpsRoutes.Alerts"/>).</summary>
public static class OpsNavigation
{
    public static readonly IReadOnlyList<(string Key, string Label, string Href)> Items =
    [
        ("overview", "Overview", OpsRoutes.Overview),
        ("alerts", "Alerts", OpsRoutes.Alerts),
        ("throughput", "Throughput", OpsRoutes.Throughput),
        ("failures", "Failures", OpsRoutes.Failures),
        ("stuck", "Stuck", OpsRoutes.Stuck),
        ("cycles", "Poll cycles", OpsRoutes.Cycles),
        ("form526", "Form 526", OpsRoutes.Form526),
        ("flags", "Feature flags", OpsRoutes.Flags),
    ];
}
