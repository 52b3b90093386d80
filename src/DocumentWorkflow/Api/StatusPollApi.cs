using System.Data.Common;
using DocumentUploads.Contracts.Workflow;
using DocumentUploads.DocumentWorkflow.Polling;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DocumentUploads.DocumentWorkflow.Api;

/// <summary>The poll trigger. The Dapr cron binding <c>document-status-poll</c> POSTs here on every
/// tick with no body and no token (under Dapr the sidecar's APP_API_TOKEN guards the app port),
/// so it needs no user or service token; it only ever starts the one cycle the lease allows,
/// and it answers 2xx for a cycle started or skipped, so the binding never counts a skipped tick as a
/// failure; only a database it cannot reach makes it answer 503 (the tick is lost, the next one retries).</summary>
public static class StatusPollApi
{
    public static IEndpointRouteBuilder MapStatusPollApi(this IEndpointRouteBuilder app)
    {
        app.MapPost(WorkflowRoutes.StatusPoll, TriggerAsync).AllowAnonymous();
        return app;
    }

    /// <param name="wait">true: answer when the cycle has finished, with its figures.</param>
    public static async Task<Results<Accepted<PollCycleView>, Ok<PollCycleView>, ProblemHttpResult>> TriggerAsync(bool? wait,
        DocumentStatusPoller poller, IHostApplicationLifetime lifetime, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        PollCycleStart start;
        try
        {
            start = await poller.TryStartAsync("trigger", lifetime.ApplicationStopping);
        }
        catch (DbException e)
        {
            loggers.CreateLogger(typeof(StatusPollApi)).LogError(e, "Poll trigger started no cycle: the documents database cannot be reached");
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Database unavailable",
                detail: "No poll cycle was started: the documents database cannot be reached. The next trigger tries again.");
        }
        if (start.Completion is null) return TypedResults.Ok(start.View);
        if (wait != true) return TypedResults.Accepted((string?)null, start.View);
        return TypedResults.Ok(await start.Completion.WaitAsync(cancellationToken));
    }
}
