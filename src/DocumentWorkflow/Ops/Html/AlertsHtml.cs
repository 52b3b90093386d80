using System.Text;
using DocumentUploads.DocumentWorkflow.Alerts;
using static DocumentUploads.DocumentWorkflow.Ops.Html.OpsHtml;

namespace DocumentUploads.DocumentWorkflow.Ops.Html;

/// <summary>Alerts as the dashboard shows them: a panel for the overview and the alerts page's body. Pure: the
/// records come from <see cref="IAlertReader"/>, which the alert monitors' change provides.</summary>
public static class AlertsHtml
{
    /// <summary>The overview's panel: active alerts, critical first, or a plain "none".</summary>
    public static string Panel(IReadOnlyList<AlertRecord> active)
    {
        var html = new StringBuilder("<section id=\"alerts-panel\" data-testid=\"alerts-panel\" aria-labelledby=\"h-alerts-panel\">");
        html.Append("<h2 id=\"h-alerts-panel\">Active alerts ").Append(Number("alerts.active", active.Count)).Append("</h2>");
        html.Append(active.Count == 0 ? Empty("No active alert.") : Table("active-alerts", Ordered(active), showResolved: false));
        return html.Append("<p><a href=\"").Append(OpsRoutes.Alerts).Append("\">All alerts</a></p></section>").ToString();
    }

    /// <summary>The alerts page: the active ones, then the recent history (fired and resolved).</summary>
    public static string Page(IReadOnlyList<AlertRecord> active, IReadOnlyList<AlertRecord> recent)
    {
        var html = new StringBuilder();
        html.Append("<section aria-labelledby=\"h-active\"><h2 id=\"h-active\">Active ").Append(Number("alerts.active", active.Count)).Append("</h2>")
            .Append(active.Count == 0 ? Empty("No active alert.") : Table("active-alerts", Ordered(active), showResolved: false))
            .Append("</section><section aria-labelledby=\"h-recent\"><h2 id=\"h-recent\">Recent</h2>")
            .Append(recent.Count == 0 ? Empty("No alert has fired yet.") : Table("recent-alerts", recent, showResolved: true))
            .Append("</section>");
        return html.ToString();
    }

    private static List<AlertRecord> Ordered(IReadOnlyList<AlertRecord> alerts) =>
        alerts.OrderBy(a => a.Severity == "critical" ? 0 : 1).ThenByDescending(a => a.FiredAt).ToList();

    private static string Table(string id, IReadOnlyList<AlertRecord> alerts, bool showResolved)
    {
        var html = new StringBuilder();
        html.Append("<div class=\"wrap\"><table id=\"").Append(id).Append("\" data-testid=\"").Append(id).Append("\"><thead><tr>")
            .Append("<th scope=\"col\">Severity</th><th scope=\"col\">Monitor</th><th scope=\"col\">What</th><th scope=\"col\">Fired</th><th scope=\"col\">Last seen</th>")
            .Append(showResolved ? "<th scope=\"col\">Resolved</th>" : "").Append("</tr></thead><tbody>");
        foreach (var a in alerts)
        {
            html.Append("<tr data-alert-id=\"").Append(a.Id).Append("\" data-monitor=\"").Append(E(a.Monitor)).Append("\" data-severity=\"")
                .Append(E(a.Severity)).Append("\"><td><span class=\"status sev-").Append(E(a.Severity)).Append("\">").Append(E(a.Severity))
                .Append("</span></td><td>").Append(E(a.Monitor)).Append(a.Subject.Length > 0 ? $" <span class=\"muted\">{E(a.Subject)}</span>" : "")
                .Append("</td><td>").Append(E(a.Summary)).Append("</td><td>").Append(Time(a.FiredAt)).Append("</td><td>").Append(Time(a.LastSeenAt))
                .Append("</td>");
            if (showResolved) html.Append("<td>").Append(a.ResolvedAt is null ? "<strong>active</strong>" : Time(a.ResolvedAt)).Append("</td>");
            html.Append("</tr>");
        }
        return html.Append("</tbody></table></div>").ToString();
    }
}
