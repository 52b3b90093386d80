using DocumentUploads.Contracts.Workflow;
using DocumentUploads.DocumentWorkflow.Features;
using DocumentUploads.DocumentWorkflow.Notices;
using DocumentUploads.DocumentWorkflow.Ops.Queries;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DocumentUploads.DocumentWorkflow.Ops.Endpoints;

/// <summary>Every dashboard page's data as JSON for scripts, from the same <see cref="OpsReports"/> calls the
/// pages make. Bearer token with the ops role (or the sign-in cookie, for GETs).</summary>
public static class OpsJsonApi
{
    public const string InvalidRange = "INVALID_RANGE";

    public static RouteGroupBuilder MapOpsJsonApi(this RouteGroupBuilder ops)
    {
        ops.MapGet(OpsRoutes.ApiSummary, (OpsReports reports, CancellationToken ct) => reports.SummaryAsync(ct));
        ops.MapGet(OpsRoutes.ApiThroughput, ThroughputAsync);
        ops.MapGet(OpsRoutes.ApiFailures, (int? limit, OpsReports reports, CancellationToken ct) => reports.FailuresAsync(limit, ct));
        ops.MapGet(OpsRoutes.ApiStuck, (int? limit, OpsReports reports, CancellationToken ct) => reports.StuckAsync(limit, ct));
        ops.MapGet(OpsRoutes.ApiCycles, (int? limit, OpsReports reports, CancellationToken ct) => reports.CyclesAsync(limit, ct));
        ops.MapGet(OpsRoutes.ApiForm526Incomplete,
            (int? limit, OpsReports reports, CancellationToken ct) => reports.Form526IncompleteAsync(limit, ct));
        ops.MapGet(OpsRoutes.ApiFeatures, (int? limit, OpsReports reports, CancellationToken ct) => reports.FlagsAsync(limit, ct));
        ops.MapGet(OpsRoutes.ApiDocument, DocumentAsync);
        ops.MapGet(OpsRoutes.ApiNotices, (INoticeStore notices, TimeProvider time, CancellationToken ct) =>
            NoticesReport.ReadAsync(notices, time.GetUtcNow(), ct));
        return ops;
    }

    public static async Task<Results<Ok<ThroughputReport>, BadRequest<ProblemDetailsBody>>> ThroughputAsync(string? range,
        OpsReports reports, CancellationToken cancellationToken) =>
        ThroughputRange.Parse(range) is { } parsed
            ? TypedResults.Ok(await reports.ThroughputAsync(parsed, cancellationToken))
            : TypedResults.BadRequest(new ProblemDetailsBody(InvalidRange, "range must be 24h or 7d."));

    public static async Task<Results<Ok<TrackedDocumentView>, NotFound<ProblemDetailsBody>>> DocumentAsync(Guid id,
        OpsReports reports, CancellationToken cancellationToken) =>
        await reports.DocumentAsync(id, cancellationToken) is { } document
            ? TypedResults.Ok(document)
            : TypedResults.NotFound(new ProblemDetailsBody("DOCUMENT_NOT_FOUND", $"There is no document {id}."));
}
