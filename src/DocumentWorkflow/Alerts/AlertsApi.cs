using DocumentUploads.ServiceAuth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DocumentUploads.DocumentWorkflow.Alerts;

/// <summary>Alerts for operators and scripts (ops role), as the dashboard shows them.</summary>
public static class AlertsApi
{
    public const string Active = "/ops/api/alerts";
    public const string Recent = "/ops/api/alerts/recent";
    public const int DefaultRecentLimit = 50;
    public const int MaxRecentLimit = 500;

    public static IEndpointRouteBuilder MapAlertsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet(Active, ActiveAsync).RequireAuthorization(AuthPolicies.Ops);
        app.MapGet(Recent, RecentAsync).RequireAuthorization(AuthPolicies.Ops);
        return app;
    }

    /// <summary>Alerts firing now, newest first.</summary>
    public static async Task<Ok<IReadOnlyList<AlertRecord>>> ActiveAsync(IAlertReader alerts, CancellationToken cancellationToken) =>
        TypedResults.Ok(await alerts.ListActiveAsync(cancellationToken));

    /// <summary>The latest alerts, active or resolved, newest firing first.</summary>
    public static async Task<Results<Ok<IReadOnlyList<AlertRecord>>, ValidationProblem>> RecentAsync(int? limit,
        IAlertReader alerts, CancellationToken cancellationToken)
    {
        if (limit is < 1 or > MaxRecentLimit)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["limit"] = [$"limit must be between 1 and {MaxRecentLimit}."],
            });
        }
        return TypedResults.Ok(await alerts.ListRecentAsync(limit ?? DefaultRecentLimit, cancellationToken));
    }
}
