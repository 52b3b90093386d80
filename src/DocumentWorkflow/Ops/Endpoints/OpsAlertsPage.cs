using DocumentUploads.DocumentWorkflow.Alerts;
using DocumentUploads.DocumentWorkflow.Ops.Html;
using DocumentUploads.ServiceAuth;
using Microsoft.AspNetCore.Antiforgery;

namespace DocumentUploads.DocumentWorkflow.Ops.Endpoints;

/// <summary>GET /ops/alerts: active alerts and the recent ones, resolved included.</summary>
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
