using DocumentUploads.DocumentWorkflow.Features;
using DocumentUploads.DocumentWorkflow.Storage;
using DocumentUploads.ServiceAuth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DocumentUploads.DocumentWorkflow.Alerts;

/// <summary>Operators answer alerts here (ops role, bearer header like every state-changing /ops/api route): acknowledge
/// one firing, silence a monitor and subject for a while, end a silence early. Each is recorded with who (the token's
/// subject) and when. The alerts page's forms call these same methods.</summary>
public static partial class AlertResponsesApi
{
    public const string Acknowledge = "/ops/api/alerts/{id:guid}/acknowledge";
    public const string Silences = "/ops/api/alerts/silences";
    public const string SilenceEnd = "/ops/api/alerts/silences/{id:guid}/end";

    public const string AlertNotFound = "ALERT_NOT_FOUND";
    public const string AlertResolved = "ALERT_RESOLVED";
    public const string SilenceNotFound = "SILENCE_NOT_FOUND";
    public const string SilenceAlreadyOver = "SILENCE_ALREADY_OVER";

    public static IEndpointRouteBuilder MapAlertResponsesApi(this IEndpointRouteBuilder app)
    {
        app.MapPost(Acknowledge, AcknowledgeAsync).RequireAuthorization(AuthPolicies.Ops);
        app.MapGet(Silences, RunningSilencesAsync).RequireAuthorization(AuthPolicies.Ops);
        app.MapPost(Silences, SilenceAsync).RequireAuthorization(AuthPolicies.Ops);
        app.MapPost(SilenceEnd, EndSilenceAsync).RequireAuthorization(AuthPolicies.Ops);
        return app;
    }

    /// <summary>The operator named in the request's token.</summary>
    public static string Operator(HttpContext context) => context.User.FindFirst("sub")?.Value ?? "unknown";

    /// <summary>200 with the acknowledgement that stands (the first one, also when asked again); 404 for an unknown
    /// alert; 409 for a resolved one.</summary>
    public static async Task<Results<Ok<AlertAcknowledgement>, NotFound<ProblemDetailsBody>, Conflict<ProblemDetailsBody>>> AcknowledgeAsync(
        Guid id, HttpContext context, IAlertResponseStore store, TimeProvider time, ILogger<AlertAcknowledgement> logger,
        CancellationToken cancellationToken)
    {
        var who = Operator(context);
        var result = await store.AcknowledgeAsync(id, who, StoredTime.Now(time), cancellationToken);
        switch (result.Outcome)
        {
            case AcknowledgeOutcome.NotFound:
                return TypedResults.NotFound(new ProblemDetailsBody(AlertNotFound, $"There is no alert {id}."));
            case AcknowledgeOutcome.Resolved:
                return TypedResults.Conflict(new ProblemDetailsBody(AlertResolved,
                    $"Alert {id} has resolved; there is nothing to acknowledge. If it fires again it is a new alert."));
            case AcknowledgeOutcome.Acknowledged:
                LogAcknowledged(logger, id, who);
                break;
        }
        return TypedResults.Ok(result.Acknowledgement!);
    }

    public static async Task<Ok<IReadOnlyList<AlertSilence>>> RunningSilencesAsync(IAlertResponseStore store, TimeProvider time,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await store.ListRunningSilencesAsync(StoredTime.Now(time), cancellationToken));

    /// <summary>201 with the silence; 400 with a SILENCE_* code when the request is not one to start, and nothing stored.</summary>
    public static async Task<Results<Created<AlertSilence>, BadRequest<ProblemDetailsBody>>> SilenceAsync(SilenceRequest request,
        HttpContext context, IAlertResponseStore store, TimeProvider time, ILogger<AlertSilence> logger,
        CancellationToken cancellationToken)
    {
        if (SilenceRules.Problem(request) is { } problem) return TypedResults.BadRequest(problem);
        var silence = SilenceRules.Start(request, Operator(context), StoredTime.Now(time));
        await store.StartSilenceAsync(silence, cancellationToken);
        LogSilenced(logger, silence.Monitor, silence.Subject ?? SilenceRules.EverySubject, silence.SilencedUntil, silence.CreatedBy,
            silence.Reason, silence.Id);
        return TypedResults.Created($"{Silences}/{silence.Id}", silence);
    }

    /// <summary>200 with the ended silence; 404 for an unknown one; 409 when it was already ended or had run out.</summary>
    public static async Task<Results<Ok<AlertSilence>, NotFound<ProblemDetailsBody>, Conflict<ProblemDetailsBody>>> EndSilenceAsync(
        Guid id, HttpContext context, IAlertResponseStore store, TimeProvider time, ILogger<AlertSilence> logger,
        CancellationToken cancellationToken)
    {
        var who = Operator(context);
        var result = await store.EndSilenceAsync(id, who, StoredTime.Now(time), cancellationToken);
        switch (result.Outcome)
        {
            case SilenceEndOutcome.NotFound:
                return TypedResults.NotFound(new ProblemDetailsBody(SilenceNotFound, $"There is no silence {id}."));
            case SilenceEndOutcome.AlreadyOver:
                return TypedResults.Conflict(new ProblemDetailsBody(SilenceAlreadyOver, $"Silence {id} had already ended."));
        }
        LogSilenceEnded(logger, result.Silence!.Monitor, id, who);
        return TypedResults.Ok(result.Silence);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Alert {AlertId} acknowledged by {Operator}: no further webhook for it")]
    private static partial void LogAcknowledged(ILogger logger, Guid alertId, string @operator);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Alerts of {Monitor} {Subject} silenced until {Until:O} by {Operator}: {Reason} [silence {SilenceId}]")]
    private static partial void LogSilenced(ILogger logger, string monitor, string subject, DateTimeOffset until, string @operator,
        string reason, Guid silenceId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Silence {SilenceId} of {Monitor} ended early by {Operator}")]
    private static partial void LogSilenceEnded(ILogger logger, string monitor, Guid silenceId, string @operator);
}
