using System.Globalization;
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
        html.Append(active.Count == 0 ? Empty("No active alert.")
            : Table("active-alerts", Ordered(active.Select(AlertView.Unanswered).ToList()), showResolved: false, forms: null));
        return html.Append("<p><a href=\"").Append(OpsRoutes.Alerts).Append("\">All alerts</a></p></section>").ToString();
    }

    /// <summary>The alerts page: a notice or refusal after a form, the active alerts (each with an acknowledge form),
    /// the running silences (each with an end form) and the form to start one, then the recent history.</summary>
    public static string Page(OpsPageContext context, IReadOnlyList<AlertView> active, IReadOnlyList<AlertView> recent,
        IReadOnlyList<AlertSilence> silences, string? message = null, (string Code, string Detail)? error = null)
    {
        var html = new StringBuilder();
        if (message is not null) html.Append("<p class=\"notice\" role=\"status\" data-testid=\"alerts-notice\">").Append(E(message)).Append("</p>");
        if (error is { } e)
        {
            html.Append("<p class=\"error\" role=\"alert\" data-testid=\"alerts-error\" data-code=\"").Append(E(e.Code)).Append("\">")
                .Append(E(e.Detail)).Append("</p>");
        }
        html.Append("<section aria-labelledby=\"h-active\"><h2 id=\"h-active\">Active ").Append(Number("alerts.active", active.Count)).Append("</h2>")
            .Append(active.Count == 0 ? Empty("No active alert.") : Table("active-alerts", Ordered(active), showResolved: false, context))
            .Append("</section>")
            .Append(Silences(context, silences))
            .Append("<section aria-labelledby=\"h-recent\"><h2 id=\"h-recent\">Recent</h2>")
            .Append(recent.Count == 0 ? Empty("No alert has fired yet.") : Table("recent-alerts", recent, showResolved: true, forms: null))
            .Append("</section>");
        return html.ToString();
    }

    private static string Silences(OpsPageContext context, IReadOnlyList<AlertSilence> silences)
    {
        var html = new StringBuilder("<section aria-labelledby=\"h-silences\"><h2 id=\"h-silences\">Silences</h2>");
        html.Append("<p class=\"muted\">A silence keeps the webhook quiet for a monitor and subject; its alerts are still recorded, shown and counted.</p>");
        if (silences.Count == 0) html.Append(Empty("No silence is running."));
        else
        {
            html.Append("<div class=\"wrap\"><table id=\"silences\" data-testid=\"silences\"><thead><tr><th scope=\"col\">Monitor</th><th scope=\"col\">Subject</th>")
                .Append("<th scope=\"col\">Until</th><th scope=\"col\">Reason</th><th scope=\"col\">By</th><th scope=\"col\">Since</th><th scope=\"col\">End early</th></tr></thead><tbody>");
            foreach (var s in silences)
            {
                html.Append("<tr data-silence-id=\"").Append(s.Id).Append("\" data-monitor=\"").Append(E(s.Monitor)).Append("\"><td>").Append(E(s.Monitor))
                    .Append("</td><td>").Append(s.Subject is null ? "<em>every subject</em>" : E(s.Subject)).Append("</td><td>").Append(Time(s.SilencedUntil))
                    .Append("</td><td>").Append(E(s.Reason)).Append("</td><td data-field=\"created-by\">").Append(E(s.CreatedBy)).Append("</td><td>")
                    .Append(Time(s.CreatedAt)).Append("</td><td>")
                    .Append(CultureInfo.InvariantCulture, $"<form method=\"post\" action=\"{OpsRoutes.AlertSilences}/{s.Id}/end\">")
                    .Append(context.AntiforgeryInput)
                    .Append(CultureInfo.InvariantCulture, $"<button type=\"submit\" data-testid=\"end-silence-{s.Id}\">End silence</button></form></td></tr>");
            }
            html.Append("</tbody></table></div>");
        }
        var minutes = (int)SilenceRules.MinDuration.TotalMinutes;
        var maxMinutes = (int)SilenceRules.MaxDuration.TotalMinutes;
        html.Append(CultureInfo.InvariantCulture, $"<form method=\"post\" action=\"{OpsRoutes.AlertSilences}\" id=\"silence-form\" data-testid=\"silence-form\">")
            .Append("<h3>Silence a monitor</h3>").Append(context.AntiforgeryInput)
            .Append("<label for=\"silence-monitor\">Monitor</label><select name=\"monitor\" id=\"silence-monitor\" data-testid=\"silence-monitor\">");
        foreach (var monitor in AlertMonitorNames.All) html.Append("<option>").Append(E(monitor)).Append("</option>");
        html.Append("</select>")
            .Append("<label for=\"silence-subject\">Subject (empty: every subject of the monitor)</label><input type=\"text\" name=\"subject\" id=\"silence-subject\" data-testid=\"silence-subject\">")
            .Append(CultureInfo.InvariantCulture, $"<label for=\"silence-duration\">For how many minutes ({minutes}–{maxMinutes})</label><input type=\"number\" name=\"durationMinutes\" id=\"silence-duration\" data-testid=\"silence-duration\" min=\"{minutes}\" max=\"{maxMinutes}\" step=\"1\" value=\"60\" required>")
            .Append("<label for=\"silence-reason\">Reason (required)</label><input type=\"text\" name=\"reason\" id=\"silence-reason\" data-testid=\"silence-reason\" required>")
            .Append(" <button type=\"submit\" data-testid=\"silence-save\">Silence</button></form>");
        return html.Append("</section>").ToString();
    }

    private static List<AlertView> Ordered(IReadOnlyList<AlertView> alerts) =>
        alerts.OrderBy(a => a.Severity == "critical" ? 0 : 1).ThenByDescending(a => a.FiredAt).ToList();

    /// <param name="forms">The page's context when each active row gets an acknowledge form; null for read-only tables.</param>
    private static string Table(string id, IReadOnlyList<AlertView> alerts, bool showResolved, OpsPageContext? forms)
    {
        var html = new StringBuilder();
        html.Append("<div class=\"wrap\"><table id=\"").Append(id).Append("\" data-testid=\"").Append(id).Append("\"><thead><tr>")
            .Append("<th scope=\"col\">Severity</th><th scope=\"col\">Monitor</th><th scope=\"col\">What</th><th scope=\"col\">Fired</th><th scope=\"col\">Last seen</th>")
            .Append(showResolved ? "<th scope=\"col\">Resolved</th>" : "").Append("<th scope=\"col\">Acknowledged</th>")
            .Append(forms is null ? "" : "<th scope=\"col\">Webhook</th>").Append("</tr></thead><tbody>");
        foreach (var a in alerts)
        {
            html.Append("<tr data-alert-id=\"").Append(a.Id).Append("\" data-monitor=\"").Append(E(a.Monitor)).Append("\" data-severity=\"")
                .Append(E(a.Severity)).Append("\" data-acknowledged=\"").Append(a.AcknowledgedBy is null ? "false" : "true")
                .Append("\" data-silenced=\"").Append(a.Silenced ? "true" : "false")
                .Append("\"><td><span class=\"status sev-").Append(E(a.Severity)).Append("\">").Append(E(a.Severity))
                .Append("</span></td><td>").Append(E(a.Monitor)).Append(a.Subject.Length > 0 ? $" <span class=\"muted\">{E(a.Subject)}</span>" : "")
                .Append("</td><td>").Append(E(a.Summary)).Append("</td><td>").Append(Time(a.FiredAt)).Append("</td><td>").Append(Time(a.LastSeenAt))
                .Append("</td>");
            if (showResolved) html.Append("<td>").Append(a.ResolvedAt is null ? "<strong>active</strong>" : Time(a.ResolvedAt)).Append("</td>");
            html.Append("<td data-field=\"acknowledged\">");
            if (a.AcknowledgedBy is not null) html.Append("by <span data-field=\"acknowledged-by\">").Append(E(a.AcknowledgedBy)).Append("</span> at ").Append(Time(a.AcknowledgedAt));
            else if (forms is not null)
            {
                html.Append(CultureInfo.InvariantCulture, $"<form method=\"post\" action=\"{OpsRoutes.Alerts}/{a.Id}/acknowledge\">").Append(forms.AntiforgeryInput)
                    .Append(CultureInfo.InvariantCulture, $"<button type=\"submit\" data-testid=\"acknowledge-{a.Id}\">Acknowledge</button></form>");
            }
            else html.Append("—");
            html.Append("</td>");
            if (forms is not null)
            {
                html.Append("<td data-field=\"webhook\">").Append(a.Silenced ? $"silenced until {Time(a.SilencedUntil)}"
                    : a.AcknowledgedBy is not null ? "quiet (acknowledged)" : "sends").Append("</td>");
            }
            html.Append("</tr>");
        }
        return html.Append("</tbody></table></div>").ToString();
    }
}
