using DocumentUploads.DocumentWorkflow.Ops.Auth;
using DocumentUploads.DocumentWorkflow.Ops.Endpoints;
using DocumentUploads.DocumentWorkflow.Ops.Html;
using DocumentUploads.DocumentWorkflow.Notices;
using DocumentUploads.DocumentWorkflow.Ops.Queries;
using DocumentUploads.DocumentWorkflow.Storage;
using DocumentUploads.ServiceAuth;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Net.Http.Headers;

namespace DocumentUploads.DocumentWorkflow.Ops;

/// <summary>The ops dashboard: <c>builder.Services.AddOpsDashboard()</c> and <c>app.MapOpsDashboard()</c>.</summary>
public static class OpsRegistration
{
    public static IServiceCollection AddOpsDashboard(this IServiceCollection services)
    {
        services.AddSqlDialect();
        services.AddSingleton<IOpsQueries, OpsQueries>();
        services.AddSingleton<OpsReports>();
        // Active alerts head the overview; IAlertReader comes from AddAlertMonitors.
        services.AddSingleton<IOpsOverviewPanel, AlertsOverviewPanel>();
        services.TryAddSingleton<INoticeStore, NoticeStore>();
        services.AddSingleton<IOpsOverviewPanel, NoticesOverviewPanel>();
        services.AddOpsCookieAuthentication();
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "du_ops_antiforgery";
            options.Cookie.Path = OpsRoutes.Overview;
            options.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Strict;
            options.Cookie.HttpOnly = true;
        });
        return services;
    }

    private const string IconSvg =
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 16 16\"><rect width=\"16\" height=\"16\" rx=\"3\" fill=\"#112e51\"/>" +
        "<path d=\"M4 8.5l2.5 2.5L12 5\" stroke=\"#fff\" stroke-width=\"2\" fill=\"none\"/></svg>";

    public static WebApplication MapOpsDashboard(this WebApplication app)
    {
        app.MapOpsSignIn(app.Environment.IsDevelopment());
        app.MapGet(OpsRoutes.Stylesheet, (HttpContext http) =>
        {
            // The URL carries the content hash (OpsStylesheet.Href), so a year's caching is safe.
            http.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            http.Response.Headers.ETag = $"\"{OpsStylesheet.Version}\"";
            if (http.Request.Headers[HeaderNames.IfNoneMatch] == $"\"{OpsStylesheet.Version}\"") return Results.StatusCode(StatusCodes.Status304NotModified);
            return Results.Text(OpsStylesheet.Css, "text/css; charset=utf-8");
        }).AllowAnonymous();
        app.MapGet(OpsRoutes.Icon, (HttpContext http) =>
        {
            http.Response.Headers.CacheControl = "public, max-age=86400";
            return Results.Text(IconSvg, "image/svg+xml");
        }).AllowAnonymous();

        var ops = app.MapGroup("").RequireAuthorization(AuthPolicies.Ops);
        ops.MapOpsPages();
        ops.MapOpsJsonApi();
        ops.MapOpsDocumentKeep();
        ops.MapOpsAlertsPage();
        return app;
    }
}
