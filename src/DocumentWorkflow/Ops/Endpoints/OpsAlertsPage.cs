using System.Globalization;
using DocumentUploads.DocumentWorkflow.Alerts;
using DocumentUploads.DocumentWorkflow.Features;
using DocumentUploads.DocumentWorkflow.Ops.Html;
using DocumentUploads.ServiceAuth;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DocumentUploads.DocumentWorkflow.Ops.Endpoints;

/// <summary>GET /ops/alerts: active alerts, running silences and the recent alerts, resolved included; and its
/// forms: acknowledge an alert, start a silence, end one. Each form's POST checks the antiforgery token, then does
/// exactly what its /ops/api twin does (<see cref="AlertResponsesApi"/>: the same validation, store and "who").</summary>
public static class OpsAlertsPage
{
    private static readonly Dictionary<string, string> Notices = new(StringComparer.Ordinal)
    {
        ["acknowledged"] = "Acknowledged: the webhook sends nothing more for this alert.",
        ["silenced"] = "Silence started.",
        ["unsilenced"] = "Silence ended.",
    };

    public static IEndpointRouteBuilder MapOpsAlertsPage(this IEndpointRouteBuilder app)
    {
        app.MapGet(OpsRoutes.Alerts, (int? limit, string? done, HttpContext http, IAntiforgery antiforgery, IAlertReader alerts,
                IAlertResponseStore responses, TimeProvider time, CancellationToken ct) =>
            PageAsync(http, antiforgery, alerts, responses, time, limit, done is null ? null : Notices.GetValueOrDefault(done), null,
                StatusCodes.Status200OK, ct))
            .RequireAuthorization(AuthPolicies.Ops);
        app.MapPost(OpsRoutes.AlertAcknowledge, AcknowledgeAsync).RequireAuthorization(AuthPolicies.Ops);
        app.MapPost(OpsRoutes.AlertSilences, SilenceAsync).RequireAuthorization(AuthPolicies.Ops);
        app.MapPost(OpsRoutes.AlertSilenceEnd, EndSilenceAsync).RequireAuthorization(AuthPolicies.Ops);
        return app;
    }

    private static async Task<IResult> PageAsync(HttpContext http, IAntiforgery antiforgery, IAlertReader alerts,
        IAlertResponseStore responses, TimeProvider time, int? limit, string? message, (string Code, string Detail)? error,
        int statusCode, CancellationToken ct)
    {
        var active = await AlertsApi.ViewsAsync(await alerts.ListActiveAsync(ct), responses, time, ct);
        var recent = await AlertsApi.ViewsAsync(await alerts.ListRecentAsync(OpsLimits.Clamp(limit), ct), responses, time, ct);
        var silences = await responses.ListRunningSilencesAsync(time.GetUtcNow(), ct);
        var context = OpsResponses.PageContext(http, antiforgery);
        var body = AlertsHtml.Page(context, active, recent, silences, message, error);
        return OpsResponses.Html(OpsLayout.Render(context, "Alerts", "alerts", body), statusCode);
    }

    /// <summary>Renders the page again with the refusal, or null when the form's antiforgery token is good.</summary>
    private static async Task<IResult?> RefusedFormAsync(HttpContext http, IAntiforgery antiforgery, IAlertReader alerts,
        IAlertResponseStore responses, TimeProvider time, CancellationToken ct) =>
        await antiforgery.IsRequestValidAsync(http)
            ? null
            : await PageAsync(http, antiforgery, alerts, responses, time, null, null,
                (OpsPagesApi.AntiforgeryInvalid, "The form had expired or did not come from this dashboard; nothing was changed. Try again."),
                StatusCodes.Status400BadRequest, ct);

    /// <summary>After a change: back to the page (POST-redirect-GET) with a notice, or the page with the API's refusal.</summary>
    private static async Task<IResult> AnswerAsync(IResult result, string done, HttpContext http, IAntiforgery antiforgery,
        IAlertReader alerts, IAlertResponseStore responses, TimeProvider time, CancellationToken ct)
    {
        (int Status, ProblemDetailsBody Problem)? refused = result switch
        {
            NotFound<ProblemDetailsBody> { Value: { } p } => (StatusCodes.Status404NotFound, p),
            Conflict<ProblemDetailsBody> { Value: { } p } => (StatusCodes.Status409Conflict, p),
            BadRequest<ProblemDetailsBody> { Value: { } p } => (StatusCodes.Status400BadRequest, p),
            _ => null,
        };
        return refused is { } r
            ? await PageAsync(http, antiforgery, alerts, responses, time, null, null, (r.Problem.Code, r.Problem.Detail), r.Status, ct)
            : Results.Redirect($"{OpsRoutes.Alerts}?done={done}", preserveMethod: false);
    }

    public static async Task<IResult> AcknowledgeAsync(Guid id, HttpContext http, IAntiforgery antiforgery, IAlertReader alerts,
        IAlertResponseStore responses, TimeProvider time, ILogger<AlertAcknowledgement> logger, CancellationToken ct)
    {
        if (await RefusedFormAsync(http, antiforgery, alerts, responses, time, ct) is { } refused) return refused;
        var result = await AlertResponsesApi.AcknowledgeAsync(id, http, responses, time, logger, ct);
        return await AnswerAsync(result.Result, "acknowledged", http, antiforgery, alerts, responses, time, ct);
    }

    public static async Task<IResult> SilenceAsync(HttpContext http, IAntiforgery antiforgery, IAlertReader alerts,
        IAlertResponseStore responses, TimeProvider time, ILogger<AlertSilence> logger, CancellationToken ct)
    {
        if (await RefusedFormAsync(http, antiforgery, alerts, responses, time, ct) is { } refused) return refused;
        var form = await http.Request.ReadFormAsync(ct);
        var subject = form["subject"].ToString().Trim();
        // The form's duration field is a number input; anything else is an invalid duration, as in the API.
        int? minutes = int.TryParse(form["durationMinutes"].ToString().Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var m)
            ? m : null;
        // An empty subject field means every subject of the monitor.
        var request = new SilenceRequest(form["monitor"].ToString(), subject.Length == 0 ? null : subject, minutes, form["reason"].ToString());
        var result = await AlertResponsesApi.SilenceAsync(request, http, responses, time, logger, ct);
        return await AnswerAsync(result.Result, "silenced", http, antiforgery, alerts, responses, time, ct);
    }

    public static async Task<IResult> EndSilenceAsync(Guid id, HttpContext http, IAntiforgery antiforgery, IAlertReader alerts,
        IAlertResponseStore responses, TimeProvider time, ILogger<AlertSilence> logger, CancellationToken ct)
    {
        if (await RefusedFormAsync(http, antiforgery, alerts, responses, time, ct) is { } refused) return refused;
        var result = await AlertResponsesApi.EndSilenceAsync(id, http, responses, time, logger, ct);
        return await AnswerAsync(result.Result, "unsilenced", http, antiforgery, alerts, responses, time, ct);
    }
}
