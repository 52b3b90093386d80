using System.Text;
using DocumentUploads.DocumentWorkflow.Notices;
using static DocumentUploads.DocumentWorkflow.Ops.Html.OpsHtml;

namespace DocumentUploads.DocumentWorkflow.Ops.Html;

/// <summary>Failure notices to veterans on the overview: sent, pending and failed, so a veteran not told shows.</summary>
public sealed class NoticesOverviewPanel(INoticeStore notices, TimeProvider time) : IOpsOverviewPanel
{
    public int Order => 20;

    public async Task<string> RenderAsync(CancellationToken cancellationToken) =>
        Render(await NoticesReport.ReadAsync(notices, time.GetUtcNow(), cancellationToken));

    public static string Render(NoticesReport report)
    {
        var html = new StringBuilder("<section id=\"notices-panel\" data-testid=\"notices-panel\" aria-labelledby=\"h-notices-panel\">");
        html.Append("<h2 id=\"h-notices-panel\">Failure notices to veterans</h2><table><thead><tr>")
            .Append("<th scope=\"col\">Sent</th><th scope=\"col\">Pending</th><th scope=\"col\">Pending over 1 h</th>")
            .Append("<th scope=\"col\">Failed</th><th scope=\"col\">Failed in 24 h</th><th scope=\"col\">Not sent (flag off)</th>")
            .Append("</tr></thead><tbody><tr>")
            .Append(NumberCell("notices.sent", report.Sent)).Append(NumberCell("notices.pending", report.Pending))
            .Append(NumberCell("notices.pending_overdue", report.PendingOverAnHour)).Append(NumberCell("notices.failed", report.Failed))
            .Append(NumberCell("notices.failed_24h", report.FailedLast24Hours)).Append(NumberCell("notices.skipped", report.Skipped))
            .Append("</tr></tbody></table></section>");
        return html.ToString();
    }
}
