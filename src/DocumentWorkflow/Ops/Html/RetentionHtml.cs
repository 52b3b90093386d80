using System.Globalization;
using System.Text;
using DocumentUploads.DocumentWorkflow.Retention;
using static DocumentUploads.DocumentWorkflow.Ops.Html.OpsHtml;

namespace DocumentUploads.DocumentWorkflow.Ops.Html;

/// <summary>Retention as the dashboard shows it: the last purge on the overview, and a document's keep mark with
/// its form on the document page. Pure.</summary>
public static class RetentionHtml
{
    public static string Panel(RetentionRun? last)
    {
        var html = new StringBuilder("<section id=\"retention-panel\" data-testid=\"retention-panel\" aria-labelledby=\"h-retention\">")
            .Append("<h2 id=\"h-retention\">Retention</h2>");
        if (last is null) return html.Append(Empty("No purge has run yet.")).Append("</section>").ToString();
        return html.Append("<p>Last purge: ").Append(Time(last.FinishedAt)).Append(", ")
            .Append(Number("retention.documents", last.Documents)).Append(" documents (")
            .Append(Number("retention.rows", last.Rows)).Append(" rows) removed, ")
            .Append(Status(last.Outcome)).Append(". Finished documents last changed before ").Append(Time(last.DeletedBefore))
            .Append(" were deleted.</p></section>").ToString();
    }

    /// <param name="message">A notice after a change (or null).</param>
    /// <param name="error">A refused change: code and sentence (or null).</param>
    public static string KeepForm(OpsPageContext context, DocumentRetentionView view, string? message, (string Code, string Detail)? error)
    {
        var html = new StringBuilder("<section id=\"retention\" data-testid=\"retention\" aria-labelledby=\"h-keep\"><h2 id=\"h-keep\">Retention</h2>");
        if (message is not null) html.Append("<p class=\"notice\" role=\"status\" data-testid=\"keep-notice\">").Append(E(message)).Append("</p>");
        if (error is { } e)
        {
            html.Append("<p class=\"error\" role=\"alert\" data-testid=\"keep-error\" data-code=\"").Append(E(e.Code)).Append("\">")
                .Append(E(e.Detail)).Append("</p>");
        }
        html.Append("<p data-testid=\"keep-state\" data-kept=\"").Append(view.Kept ? "true" : "false").Append("\">")
            .Append(view.Kept ? $"Kept by {E(view.KeptBy)} at {Time(view.KeptAt)}: {E(view.KeepReason)}." : "Not marked to keep.")
            .Append(' ').Append(E(view.Rule))
            .Append(view.DeletableFrom is { } from ? $", from {Time(from)}." : ".").Append("</p>");
        var action = OpsRoutes.DocumentKeepFor(view.DocumentId);
        html.Append(CultureInfo.InvariantCulture, $"<form method=\"post\" action=\"{action}\" id=\"keep-form\" data-testid=\"keep-form\">")
            .Append(context.AntiforgeryInput);
        if (view.Kept)
        {
            html.Append("<input type=\"hidden\" name=\"keep\" value=\"false\">")
                .Append("<button type=\"submit\" id=\"keep-release\" data-testid=\"keep-release\">Let retention delete it again</button>");
        }
        else
        {
            html.Append("<input type=\"hidden\" name=\"keep\" value=\"true\">")
                .Append(CultureInfo.InvariantCulture, $"<label for=\"keep-reason\">Why keep it (required, at most {KeepRequest.MaxReasonLength} characters)</label>")
                .Append(CultureInfo.InvariantCulture, $"<input type=\"text\" name=\"reason\" id=\"keep-reason\" data-testid=\"keep-reason\" required maxlength=\"{KeepRequest.MaxReasonLength}\"> ")
                .Append("<button type=\"submit\" id=\"keep-save\" data-testid=\"keep-save\">Keep this document</button>");
        }
        return html.Append("</form></section>").ToString();
    }
}
