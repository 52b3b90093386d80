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

    [Fact]
    public void The_page_offers_a_form_per_answer_each_with_the_antiforgery_field_and_escapes_what_operators_wrote()
    {
        var open = Alert("failure_spike", "warning", "12 failures");
        var held = Alert("poller_stalled", "critical", "no cycle");
        var silence = new AlertSilence(Guid.CreateVersion7(), "upload_failures", null, "deploy <b>now</b>", "ops-<2>", Now, Now.AddHours(1), null, null);
        var html = AlertsHtml.Page(Context, [AlertView.Unanswered(open), AlertView.Unanswered(held) with { AcknowledgedBy = "ops-1", AcknowledgedAt = Now }],
            [], [silence]);

        Assert.Contains($"action=\"/ops/alerts/{open.Id}/acknowledge\"", html);
        Assert.DoesNotContain($"action=\"/ops/alerts/{held.Id}/acknowledge\"", html);
        Assert.Contains($"action=\"/ops/alerts/silences/{silence.Id}/end\"", html);
        Assert.Contains("action=\"/ops/alerts/silences\"", html);
        Assert.Equal(3, html.Split("<form ").Length - 1);
        Assert.Equal(3, html.Split(Context.AntiforgeryInput).Length - 1);
        Assert.Contains("deploy &lt;b&gt;now&lt;/b&gt;", html);
        Assert.Contains("ops-&lt;2&gt;", html);
        Assert.Contains("<em>every subject</em>", html);
    }
}
