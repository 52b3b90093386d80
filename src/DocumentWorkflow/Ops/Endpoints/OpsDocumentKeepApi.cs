using DocumentUploads.DocumentWorkflow.Features;
using DocumentUploads.DocumentWorkflow.Ops.Html;
using DocumentUploads.DocumentWorkflow.Retention;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace DocumentUploads.DocumentWorkflow.Ops.Endpoints;

/// <summary>An operator keeps a document from retention (or lets retention have it again): GET/PUT
/// /ops/api/documents/{id}/keep for scripts (PUT needs the bearer header), and the document page with its
/// antiforgery-checked form, which makes exactly the PUT's change. Who and when are recorded with the mark.</summary>
public static partial class OpsDocumentKeepApi
{
    public const string DocumentNotFound = "DOCUMENT_NOT_FOUND";

    public static RouteGroupBuilder MapOpsDocumentKeep(this RouteGroupBuilder ops)
    {
        ops.MapGet(OpsRoutes.Document, (Guid id, string? changed, HttpContext http, IAntiforgery af, OpsReports reports,
                IRetentionStore store, IOptionsMonitor<RetentionSettings> settings, CancellationToken ct) =>
            DocumentPageAsync(id, http, af, reports, store, settings, ChangedNotice(changed), null, StatusCodes.Status200OK, ct));
        ops.MapPost(OpsRoutes.DocumentKeep, SaveKeepFormAsync);
        ops.MapGet(OpsRoutes.ApiDocumentKeep, GetAsync);
        ops.MapPut(OpsRoutes.ApiDocumentKeep, PutAsync);
        return ops;
    }

    public static async Task<Results<Ok<DocumentRetentionView>, NotFound<ProblemDetailsBody>>> GetAsync(Guid id, IRetentionStore store,
        IOptionsMonitor<RetentionSettings> settings, CancellationToken cancellationToken) =>
        await store.GetFactsAsync(id, cancellationToken) is { } facts
            ? TypedResults.Ok(DocumentRetentionView.From(facts, settings.CurrentValue.FinishedAfter))
            : TypedResults.NotFound(NoSuchDocument(id));

    public static async Task<Results<Ok<DocumentRetentionView>, NotFound<ProblemDetailsBody>, BadRequest<ProblemDetailsBody>>> PutAsync(
        Guid id, KeepRequest request, HttpContext http, IRetentionStore store, IOptionsMonitor<RetentionSettings> settings,
        TimeProvider time, ILogger<RetentionPurger> logger, CancellationToken cancellationToken)
    {
        if (request.Problem() is { } problem) return TypedResults.BadRequest(new ProblemDetailsBody(problem.Code, problem.Detail));
        var who = http.User.FindFirst("sub")?.Value ?? "unknown";
        var keep = request.Keep == true ? new DocumentKeep(time.GetUtcNow(), who, request.Reason!.Trim()) : null;
        if (await store.SetKeepAsync(id, keep, cancellationToken) is not { } facts) return TypedResults.NotFound(NoSuchDocument(id));
        LogKeepChanged(logger, id, keep is not null, who);
        return TypedResults.Ok(DocumentRetentionView.From(facts, settings.CurrentValue.FinishedAfter));
    }

    /// <summary>The form's POST: antiforgery checked, then exactly <see cref="PutAsync"/>.</summary>
    public static async Task<IResult> SaveKeepFormAsync(Guid id, HttpContext http, IAntiforgery antiforgery, OpsReports reports,
        IRetentionStore store, IOptionsMonitor<RetentionSettings> settings, TimeProvider time, ILogger<RetentionPurger> logger,
        CancellationToken cancellationToken)
    {
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return await DocumentPageAsync(id, http, antiforgery, reports, store, settings, null,
                (OpsPagesApi.AntiforgeryInvalid, "The form had expired or did not come from this dashboard; nothing was changed. Try again."),
                StatusCodes.Status400BadRequest, cancellationToken);
        }
        var form = await http.Request.ReadFormAsync(cancellationToken);
        var keep = form["keep"].ToString() switch
        {
            "true" => true,
            "false" => (bool?)false,
            _ => null,
        };
        var result = await PutAsync(id, new KeepRequest(keep, form["reason"].ToString()), http, store, settings, time, logger,
            cancellationToken);
        return result.Result switch
        {
            // Post/redirect/get, like the flags form: reloading the page does not send the form again.
            Ok<DocumentRetentionView> => Results.Redirect($"/ops/documents/{id}?changed={(keep == true ? Kept : Released)}",
                preserveMethod: false),
            NotFound<ProblemDetailsBody> or BadRequest<ProblemDetailsBody> => await DocumentPageAsync(id, http, antiforgery, reports, store,
                settings, null, Problem(result.Result), StatusCode(result.Result), cancellationToken),
            _ => throw new InvalidOperationException("PUT /ops/api/documents/{id}/keep answered in a way the dashboard does not know."),
        };
    }

    /// <summary>The document page: the document, its history and its retention, with the keep form.</summary>
    public static async Task<IResult> DocumentPageAsync(Guid id, HttpContext http, IAntiforgery antiforgery, OpsReports reports,
        IRetentionStore store, IOptionsMonitor<RetentionSettings> settings, string? message, (string Code, string Detail)? error,
        int statusCode, CancellationToken cancellationToken)
    {
        if (await reports.DocumentAsync(id, cancellationToken) is not { } document
            || await store.GetFactsAsync(id, cancellationToken) is not { } facts)
        {
            var missing = error is { } e ? $"{e.Detail} " : "";
            return OpsPagesApi.Page(http, antiforgery, "No such document", "failures",
                OpsHtml.Empty($"{missing}There is no document {id}."), StatusCodes.Status404NotFound);
        }
        var context = OpsResponses.PageContext(http, antiforgery);
        var body = OpsPages.Document(document)
                   + RetentionHtml.KeepForm(context, DocumentRetentionView.From(facts, settings.CurrentValue.FinishedAfter), message, error);
        return OpsResponses.Html(OpsLayout.Render(context, $"Document {id}", "failures", body), statusCode);
    }

    private const string Kept = "kept";
    private const string Released = "released";

    private static string? ChangedNotice(string? changed) => changed switch
    {
        Kept => "Kept: retention will not delete this document.",
        Released => "Released: retention may delete this document again.",
        _ => null,
    };

    private static ProblemDetailsBody NoSuchDocument(Guid id) => new(DocumentNotFound, $"There is no document {id}.");

    private static (string Code, string Detail) Problem(IResult result) => result switch
    {
        NotFound<ProblemDetailsBody> { Value: { } p } => (p.Code, p.Detail),
        BadRequest<ProblemDetailsBody> { Value: { } p } => (p.Code, p.Detail),
        _ => ("UNKNOWN", "The change was refused."),
    };

    private static int StatusCode(IResult result) =>
        result is NotFound<ProblemDetailsBody> ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Document {DocumentId} keep set to {Kept} by {ChangedBy}")]
    private static partial void LogKeepChanged(ILogger logger, Guid documentId, bool kept, string changedBy);
}
