using System.Globalization;
using System.Text;
using static DocumentUploads.DocumentWorkflow.Ops.Html.OpsHtml;

namespace DocumentUploads.DocumentWorkflow.Ops.Html;

/// <summary>Uploads, completions and failures per bucket as an inline SVG bar chart drawn on the server
/// (no script, a few KB), with a title and description for screen readers and the same numbers in a
/// table below it.</summary>
public static class ThroughputChart
{
    private const int Width = 900;
    private const int Height = 220;
    private const int Left = 40;
    private const int Bottom = 24;
    private const int Top = 10;

    public static string Render(ThroughputReport report, string id)
    {
        var buckets = report.Buckets;
        var max = Math.Max(1, buckets.Select(b => Math.Max(b.Uploads, Math.Max(b.Completions, b.Failures))).DefaultIfEmpty(0).Max());
        var plotWidth = Width - Left - 8.0;
        var plotHeight = Height - Top - Bottom;
        var groupWidth = plotWidth / Math.Max(1, buckets.Count);
        var barWidth = Math.Max(1, groupWidth / 3.6);
        var svg = new StringBuilder();
        var title = $"Uploads, completions and failures per {(report.BucketMinutes == 60 ? "hour" : $"{report.BucketMinutes / 60} hours")}, last {report.Range}";
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" id=\"{id}\" data-testid=\"{id}\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\">")
            .Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{E(title)}</title>")
            .Append(CultureInfo.InvariantCulture, $"<desc id=\"{id}-desc\">{report.Uploads} uploads, {report.Completions} completions and {report.Failures} failures from {report.From.UtcDateTime:yyyy-MM-dd HH:mm} to {report.To.UtcDateTime:yyyy-MM-dd HH:mm} UTC; the table below lists every bar.</desc>")
            .Append(CultureInfo.InvariantCulture, $"<line class=\"axis\" x1=\"{Left}\" y1=\"{Height - Bottom}\" x2=\"{Width - 8}\" y2=\"{Height - Bottom}\"/>")
            .Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 4}\" y=\"{Top + 8}\" text-anchor=\"end\">{max}</text>")
            .Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 4}\" y=\"{Height - Bottom}\" text-anchor=\"end\">0</text>");
        var labelEvery = Math.Max(1, buckets.Count / 8);
        for (var i = 0; i < buckets.Count; i++)
        {
            var b = buckets[i];
            var x = Left + i * groupWidth + (groupWidth - 3 * barWidth) / 2;
            Bar(svg, x, barWidth, b.Uploads, max, plotHeight, "s-uploads");
            Bar(svg, x + barWidth, barWidth, b.Completions, max, plotHeight, "s-completions");
            Bar(svg, x + 2 * barWidth, barWidth, b.Failures, max, plotHeight, "s-failures");
            if (i % labelEvery == 0)
            {
                var label = report.BucketMinutes < 24 * 60 && report.Buckets.Count <= 24
                    ? b.Start.UtcDateTime.ToString("HH:mm", CultureInfo.InvariantCulture)
                    : b.Start.UtcDateTime.ToString("MM-dd HH'h'", CultureInfo.InvariantCulture);
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(Left + i * groupWidth)}\" y=\"{Height - 8}\">{label}</text>");
            }
        }
        svg.Append("</svg>");
        svg.Append("<p class=\"legend\" aria-hidden=\"true\"><span class=\"key-uploads\"></span>uploads<span class=\"key-completions\"></span>completions<span class=\"key-failures\"></span>failures</p>");
        return svg.ToString();
    }

    /// <summary>The chart's numbers, one row per bucket (inside a closed &lt;details&gt; so the page stays short).</summary>
    public static string Table(ThroughputReport report, string id)
    {
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<details><summary>The numbers</summary><div class=\"wrap\"><table id=\"{id}-table\" data-testid=\"{id}-table\"><caption class=\"muted\">Times are bucket starts (UTC); buckets of {report.BucketMinutes} minutes.</caption>")
            .Append("<thead><tr><th scope=\"col\">From</th><th scope=\"col\" class=\"num\">Uploads</th><th scope=\"col\" class=\"num\">Completions</th><th scope=\"col\" class=\"num\">Failures</th></tr></thead><tbody>");
        foreach (var b in report.Buckets)
        {
            var key = b.Start.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture);
            html.Append("<tr data-bucket=\"").Append(key).Append("\"><td>").Append(Time(b.Start)).Append("</td>")
                .Append(NumberCell($"{report.Range}.uploads.{key}", b.Uploads))
                .Append(NumberCell($"{report.Range}.completions.{key}", b.Completions))
                .Append(NumberCell($"{report.Range}.failures.{key}", b.Failures)).Append("</tr>");
        }
        html.Append("</tbody><tfoot><tr><th scope=\"row\">Total</th>")
            .Append(NumberCell($"{report.Range}.uploads", report.Uploads))
            .Append(NumberCell($"{report.Range}.completions", report.Completions))
            .Append(NumberCell($"{report.Range}.failures", report.Failures)).Append("</tr></tfoot></table></div></details>");
        return html.ToString();
    }

    private static void Bar(StringBuilder svg, double x, double width, long value, long max, double plotHeight, string cssClass)
    {
        if (value == 0) return;
        var height = Math.Max(1, value * plotHeight / max);
        svg.Append(CultureInfo.InvariantCulture,
            $"<rect class=\"{cssClass}\" x=\"{F(x)}\" y=\"{F(Height - Bottom - height)}\" width=\"{F(width)}\" height=\"{F(height)}\"><title>{value}</title></rect>");
    }

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
