using DocumentUploads.Contracts.Features;
using DocumentUploads.DocumentWorkflow.Features;
using DocumentUploads.DocumentWorkflow.Ops.Html;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DocumentUploads.DocumentWorkflow.Ops.Endpoints;

/// <summary>The dashboard's HTML pages. Each one renders the same report its /ops/api twin returns.</summary>
public static partial class OpsPagesApi
{
    public const string AntiforgeryInvalid = "ANTIFORGERY_TOKEN_INVALID";

    public static RouteGroupBuilder MapOpsPages(this RouteGroupBuilder ops)
    {
        ops.MapGet(OpsRoutes.Overview, OverviewAsync);
        ops.MapGet(OpsRoutes.Throughput, async (HttpContext http, IAntiforgery af, OpsReports reports, CancellationToken ct) =>
            Page(http, af, "Throughput", "throughput", OpsPages.Throughput(
                await reports.ThroughputAsync(ThroughputRange.Day, ct), await reports.ThroughputAsync(ThroughputRange.Week, ct))));
        ops.MapGet(OpsRoutes.Failures, async (int? limit, HttpContext http, IAntiforgery af, OpsReports reports, CancellationToken ct) =>
            Page(http, af, "Failures", "failures", OpsPages.Failures(await reports.FailuresAsync(limit, ct), OpsLimits.Clamp(limit))));
        ops.MapGet(OpsRoutes.Stuck, async (int? limit, HttpContext http, IAntiforgery af, OpsReports reports, CancellationToken ct) =>
            Page(http, af, "Stuck, not found and timed out", "stuck", OpsPages.Stuck(await reports.StuckAsync(limit, ct))));
        ops.MapGet(OpsRoutes.Cycles, async (int? limit, HttpContext http, IAntiforgery af, OpsReports reports, CancellationToken ct) =>
            Page(http, af, "Poll cycles", "cycles", OpsPages.Cycles(await reports.CyclesAsync(limit, ct))));
        ops.MapGet(OpsRoutes.Form526, async (int? limit, HttpContext http, IAntiforgery af, OpsReports reports, CancellationToken ct) =>
            Page(http, af, "Form 526 submissions past their SLA", "form526", OpsPages.Form526(await reports.Form526IncompleteAsync(limit, ct))));
        // The document page (with its keep form) is mapped by MapOpsDocumentKeep.
        ops.MapGet(OpsRoutes.Flags, (string? changed, HttpContext http, IAntiforgery af, OpsReports reports, CancellationToken ct) =>
            FlagsPageAsync(http, af, reports, changed is null ? null : $"Saved {changed}.", null, StatusCodes.Status200OK, ct));
        ops.MapPost(OpsRoutes.Flag, SaveFlagAsync);
        return ops;
    }

    /// <summary>Renders a page with the layout; <paramref name="navKey"/> is the current <see cref="OpsNavigation"/> item.</summary>
    public static IResult Page(HttpContext http, IAntiforgery antiforgery, string title, string navKey, string body,
        int statusCode = StatusCodes.Status200OK) =>
        OpsResponses.Html(OpsLayout.Render(OpsResponses.PageContext(http, antiforgery), title, navKey, body), statusCode);

    public static async Task<IResult> OverviewAsync(HttpContext http, IAntiforgery antiforgery, OpsReports reports,
        IEnumerable<IOpsOverviewPanel> panels, ILogger<OpsReports> logger, CancellationToken cancellationToken)
    {
        var summary = await reports.SummaryAsync(cancellationToken);
        var day = await reports.ThroughputAsync(ThroughputRange.Day, cancellationToken);
        var stuck = await reports.StuckAsync(1, cancellationToken);
        var lastCycle = (await reports.CyclesAsync(1, cancellationToken)).FirstOrDefault();
        var rendered = new List<string>();
        foreach (var panel in panels.OrderBy(p => p.Order))
        {
            try
            {
                rendered.Add(await panel.RenderAsync(cancellationToken));
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                LogPanelFailed(logger, panel.GetType().Name, ex);
                rendered.Add($"<section class=\"error\" role=\"alert\">{OpsHtml.E(panel.GetType().Name)} could not be shown: see the service log.</section>");
            }
        }
        return Page(http, antiforgery, "Overview", "overview", OpsPages.Overview(summary, day, stuck, lastCycle, rendered));
    }

    private static async Task<IResult> FlagsPageAsync(HttpContext http, IAntiforgery antiforgery, OpsReports reports, string? message, (string Code, string Detail)? error, int statusCode, CancellationToken ct)
    {
        var report = await reports.FlagsAsync(null, ct);
        var names = FeatureFlagNames.All.Concat(report.Overrides.Select(o => o.Name)).Distinct(StringComparer.Ordinal).ToList();
        var context = OpsResponses.PageContext(http, antiforgery);
        var body = OpsPages.Flags(context, names, report, message, error);
        return OpsResponses.Html(OpsLayout.Render(context, "Feature flags", "flags", body), statusCode);
    }

    /// <summary>The flag form's POST: antiforgery checked, then exactly PUT /ops/features/{name}
    /// (<see cref="FeaturesApi.PutAsync"/>: the same validation, store and "who changed it").</summary>
    public static async Task<IResult> SaveFlagAsync(string name, HttpContext http, IAntiforgery antiforgery, OpsReports reports,
        IFeatureFlagStore store, IConfiguration configuration, TimeProvider time, ILogger<FeatureFlagOverride> logger,
        CancellationToken cancellationToken)
    {
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return await FlagsPageAsync(http, antiforgery, reports, null,
                (AntiforgeryInvalid, "The form had expired or did not come from this dashboard; nothing was changed. Try again."),
                StatusCodes.Status400BadRequest, cancellationToken);
        }
        var form = await http.Request.ReadFormAsync(cancellationToken);
        var enabled = string.Equals(form["enabled"], "true", StringComparison.OrdinalIgnoreCase)
                      || string.Equals(form["enabled"], "on", StringComparison.OrdinalIgnoreCase);
        var users = form["users"].ToString()
            .Split([',', '\n', '\r', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (!int.TryParse(form["percentage"].ToString().Trim(), System.Globalization.NumberStyles.Integer,
                System.Globalization.CultureInfo.InvariantCulture, out var percentage))
        {
            return await FlagsPageAsync(http, antiforgery, reports, null,
                ("INVALID_PERCENTAGE", "percentage must be a whole number between 0 and 100."), StatusCodes.Status400BadRequest,
                cancellationToken);
        }

        var result = await FeaturesApi.PutAsync(name, new FeatureFlagSetting(enabled, users, percentage), http, store, configuration,
            time, logger, cancellationToken);
        return result.Result switch
        {
            Ok<FeatureFlagOverride> => Results.Redirect($"{OpsRoutes.Flags}?changed={Uri.EscapeDataString(name)}", preserveMethod: false),
            NotFound<ProblemDetailsBody> { Value: { } p } => await FlagsPageAsync(http, antiforgery, reports, null,
                (p.Code, p.Detail), StatusCodes.Status404NotFound, cancellationToken),
            BadRequest<ProblemDetailsBody> { Value: { } p } => await FlagsPageAsync(http, antiforgery, reports, null,
                (p.Code, p.Detail), StatusCodes.Status400BadRequest, cancellationToken),
            _ => throw new InvalidOperationException("PUT /ops/features answered in a way the dashboard does not know."),
        };
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The overview panel {Panel} failed to render")]
    private static partial void LogPanelFailed(ILogger logger, string panel, Exception ex);
}
