using DocumentUploads.ServiceAuth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DocumentUploads.DocumentWorkflow.Alerts;

/// <summary>Alerts for operators and scripts (ops role), as the dashboard shows them: each with who acknowledged it
/// and whether a silence keeps its webhook quiet.</summary>
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
        app.MapAlertResponsesApi();
        return app;
    }

    /// <summary>Alerts firing now, newest first.</summary>
    public static async Task<Ok<IReadOnlyList<AlertView>>> ActiveAsync(IAlertReader alerts, IAlertResponseStore responses,
        TimeProvider time, CancellationToken cancellationToken) =>
        TypedResults.Ok(await ViewsAsync(await alerts.ListActiveAsync(cancellationToken), responses, time, cancellationToken));

    /// <summary>The latest alerts, active or resolved, newest firing first.</summary>
    public static async Task<Results<Ok<IReadOnlyList<AlertView>>, ValidationProblem>> RecentAsync(int? limit,
        IAlertReader alerts, IAlertResponseStore responses, TimeProvider time, CancellationToken cancellationToken)
    {
        if (limit is < 1 or > MaxRecentLimit)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["limit"] = [$"limit must be between 1 and {MaxRecentLimit}."],
            });
        }
        var recent = await alerts.ListRecentAsync(limit ?? DefaultRecentLimit, cancellationToken);
        return TypedResults.Ok(await ViewsAsync(recent, responses, time, cancellationToken));
    }

    /// <summary>The alerts joined to their acknowledgements and to the silences running now.</summary>
    public static async Task<IReadOnlyList<AlertView>> ViewsAsync(IReadOnlyList<AlertRecord> alerts, IAlertResponseStore responses,
        TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var acknowledgements = await responses.ListAcknowledgementsAsync(alerts.Select(a => a.Id).ToList(), cancellationToken);
        return AlertView.Of(alerts, acknowledgements, await responses.ListRunningSilencesAsync(now, cancellationToken), now);
    }
}
