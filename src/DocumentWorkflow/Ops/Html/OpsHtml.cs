using System.Globalization;
using System.Net;

namespace DocumentUploads.DocumentWorkflow.Ops.Html;

/// <summary>The few pieces every dashboard page is written with. Everything that came from the database
/// or the request goes through <see cref="E"/>.</summary>
public static class OpsHtml
{
    /// <summary>HTML-encodes text for an element or a double-quoted attribute.</summary>
    public static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>A number cell: the value for people (1,234) and in <c>data-value</c> for scripts and tests,
    /// named by <c>data-metric</c>.</summary>
    public static string NumberCell(string metric, long value) =>
        $"<td class=\"num\" data-metric=\"{E(metric)}\" data-value=\"{value.ToString(CultureInfo.InvariantCulture)}\">{value.ToString("N0", CultureInfo.InvariantCulture)}</td>";

    /// <summary>A number outside a table, e.g. a headline figure.</summary>
    public static string Number(string metric, long value) =>
        $"<span class=\"figure\" data-metric=\"{E(metric)}\" data-value=\"{value.ToString(CultureInfo.InvariantCulture)}\">{value.ToString("N0", CultureInfo.InvariantCulture)}</span>";

    public static string Time(DateTimeOffset? at) => at is { } t
        ? $"<time datetime=\"{t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}\">{t.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)} UTC</time>"
        : "<span class=\"muted\">—</span>";

    public static string DocumentLink(Guid id) =>
        $"<a href=\"/ops/documents/{id}\" data-testid=\"document-link\">{id.ToString()[..8]}…</a>";

    /// <summary>A status as a small label; the status text itself is always shown (never colour alone).</summary>
    public static string Status(string status) => $"<span class=\"status status-{E(status)}\">{E(status)}</span>";

    public static string Empty(string message) => $"<p class=\"empty\">{E(message)}</p>";

    /// <summary>A threshold given in hours, written as the alerts write durations ("24 h", "96 h"; "8 s" in tests).</summary>
    public static string Hours(double hours) => DurationText.Format(TimeSpan.FromHours(hours));
}
