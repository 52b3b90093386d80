using System.Text;
using static DocumentUploads.DocumentWorkflow.Ops.Html.OpsHtml;

namespace DocumentUploads.DocumentWorkflow.Ops.Html;

/// <summary>The page shell: one small stylesheet (cached), navigation, main content. No script, no
/// external resource. A page is <c>OpsLayout.Render(context, title, navKey, body)</c>.</summary>
public static class OpsLayout
{
    /// <param name="navKey">Which <see cref="OpsNavigation"/> item is current ("alerts" for the alerts page).</param>
    /// <param name="body">Trusted HTML built with <see cref="OpsHtml"/> (every database value encoded).</param>
    public static string Render(OpsPageContext context, string title, string navKey, string body)
    {
        var html = new StringBuilder(4096 + body.Length);
        html.Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(E(title)).Append(" · DocumentUploads ops</title>")
            .Append("<link rel=\"stylesheet\" href=\"").Append(OpsStylesheet.Href).Append("\">")
            // Named, so the browser does not ask for /favicon.ico (a 404 outside /ops) on every page.
            .Append("<link rel=\"icon\" type=\"image/svg+xml\" href=\"").Append(OpsRoutes.Icon).Append("\"></head><body>")
            .Append("<a class=\"skip\" href=\"#main\">Skip to content</a><header>")
            .Append("<span class=\"brand\">DocumentUploads ops</span>");
        if (context.Operator is not null)
        {
            html.Append("<nav aria-label=\"Dashboard sections\" id=\"ops-nav\" data-testid=\"ops-nav\"><ul>");
            foreach (var (key, label, href) in OpsNavigation.Items)
            {
                html.Append("<li><a href=\"").Append(href).Append("\" id=\"nav-").Append(key).Append("\" data-testid=\"nav-")
                    .Append(key).Append('"').Append(key == navKey ? " aria-current=\"page\"" : "").Append('>')
                    .Append(E(label)).Append("</a></li>");
            }
            html.Append("</ul></nav><form method=\"post\" action=\"").Append(OpsRoutes.SignOut)
                .Append("\" class=\"sign-out\"><span class=\"muted\" data-testid=\"operator\">").Append(E(context.Operator))
                .Append("</span> <button type=\"submit\" id=\"sign-out\" data-testid=\"sign-out\">Sign out</button></form>");
        }
        html.Append("</header><main id=\"main\" data-page=\"").Append(E(navKey)).Append("\"><h1>").Append(E(title)).Append("</h1>")
            .Append(body).Append("</main></body></html>");
        return html.ToString();
    }
}
