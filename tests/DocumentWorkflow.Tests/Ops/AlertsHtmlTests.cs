using DocumentUploads.DocumentWorkflow.Alerts;
using DocumentUploads.DocumentWorkflow.Ops.Html;

namespace DocumentUploads.DocumentWorkflow.Tests.Ops;

/// <summary>The alerts panel and page as rendered from alert records (the browser test shows them from the real store).</summary>
public sealed class AlertsHtmlTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 10, 12, 0, 0, TimeSpan.Zero);
    private static readonly OpsPageContext Context = new("__RequestVerificationToken", "token-1", "ops-1");

    private static AlertRecord Alert(string monitor, string severity, string summary, DateTimeOffset? resolvedAt = null) =>
        new(Guid.CreateVersion7(), monitor, "", severity, summary, Now.AddMinutes(-10), Now, resolvedAt);

    [Fact]
    public void The_overview_panel_lists_active_alerts_critical_first_with_their_count()
    {
        var warning = Alert("stuck_documents", "warning", "3 documents pending for more than 24 h");
        var critical = Alert("poller_stalled", "critical", "No poll cycle completed in 1 h <script>");
        var html = AlertsHtml.Panel([warning, critical]);

        Assert.StartsWith("<section id=\"alerts-panel\"", html);
        Assert.Equal(2, DashboardHost.Metrics(html)["alerts.active"]);
        Assert.True(html.IndexOf(critical.Id.ToString(), StringComparison.Ordinal) < html.IndexOf(warning.Id.ToString(), StringComparison.Ordinal));
        Assert.Contains("No poll cycle completed in 1 h &lt;script&gt;", html);
        Assert.Contains("href=\"/ops/alerts\"", html);
    }

    [Fact]
    public void The_page_shows_resolved_alerts_in_the_history_and_says_when_there_are_none()
    {
        var resolved = Alert("failure_spike", "warning", "12 failures in the last hour", Now);
        Assert.Contains("No active alert.", AlertsHtml.Page(Context, [], [AlertView.Unanswered(resolved)], []));
        Assert.Contains($"data-alert-id=\"{resolved.Id}\" data-monitor=\"failure_spike\"",
            AlertsHtml.Page(Context, [], [AlertView.Unanswered(resolved)], []));
        Assert.Contains("No alert has fired yet.", AlertsHtml.Page(Context, [], [], []));
    }
}
