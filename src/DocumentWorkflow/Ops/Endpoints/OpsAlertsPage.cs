using DocumentUploads.DocumentWorkflow.Alerts;
using DocumentUploads.DocumentWorkflow.Ops.Html;
using DocumentUploads.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Antiforgery;

namespace DocumentUploads.DocumentWorkflow.Ops.Endpoints;

/// <summary>GET /ops/alerts, the page the navigation already links to. Not mapped here: it needs the
/// <see cref="IAlertReader"/> the alert monitors' change registers; then <c>app.MapOpsAlertsPage()</c>.</summary>
public static class OpsAlertsPage
{
    public static IEndpointRouteBuilder MapOpsAlertsPage(this IEndpointRouteBuilder app)
    {
        app.MapGet(OpsRoutes.Alerts, async (int? limit, HttpContext http, IAntiforgery antiforgery, IAlertReader alerts,
                CancellationToken ct) =>
            OpsPagesApi.Page(http, antiforgery, "Alerts", "alerts",
                AlertsHtml.Page(await alerts.ListActiveAsync(ct), await alerts.ListRecentAsync(OpsLimits.Clamp(limit), ct))))
            .RequireAuthorization(AuthPolicies.Ops);
        return app;
    }
}
