using DocumentUploads.Contracts.Providers;
using DocumentUploads.Contracts.Workflow;
using DocumentUploads.ServiceDefaults.Auth;
using DocumentUploads.UploadApi.Uploads;

namespace DocumentUploads.UploadApi.Api;

/// <summary>The public document API: upload to a claim, read one document, list a claim's documents.</summary>
public static partial class BenefitsDocumentsApi
{
    public const string UploadRoute = "/v0/benefits_claims/{claimId}/benefits_documents";
    public const string DocumentRoute = "/v0/document_uploads/{id}";

    public static IEndpointRouteBuilder MapBenefitsDocumentsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("").RequireAuthorization(AuthPolicies.User);
        api.MapPost(UploadRoute, UploadAsync).DisableAntiforgery();
        api.MapGet(UploadRoute, ListAsync);
        api.MapGet(DocumentRoute, GetAsync);
        return app;
    }

    public static async Task<IResult> UploadAsync(string claimId, HttpContext context, [AsParameters] UploadServices services,
        CancellationToken cancellationToken)
    {
        if (context.User.ParticipantId() is not { Length: > 0 } participantId) return NoParticipant();
        if (!context.Request.HasFormContentType)
        {
            return ApiErrors.BadRequest(ApiErrors.InvalidRequest, "Send the document as multipart/form-data.");
        }
        IFormCollection form;
        try
        {
            form = await context.Request.ReadFormAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException)
        {
            return ApiErrors.Create(413, "FILE_TOO_LARGE", "File too large",
                "The file is too large. Files can be at most 150 MB.");
        }
        var (upload, error) = await UploadRequestParser.ParseAsync(claimId, participantId, form, services.Logger, cancellationToken);
        if (error is not null) return error;
        await using var validatedUpload = upload; // deletes an unlocked PDF copy when the request ends

        var provider = ProviderIds.Lighthouse;
        var id = Guid.CreateVersion7(services.Time.GetUtcNow());
        var outcome = await services.Providers.UploadAsync(provider, upload!, cancellationToken);
        var registration = new RegisterDocumentRequest(provider, outcome.ProviderRequestId, claimId, participantId,
            upload!.DocumentType, upload.FileName, upload.TrackedItemIds,
            outcome.Accepted ? null : $"{outcome.Error!.Code}: {outcome.Error.Detail}", id);

        TrackedDocumentView? tracked = null;
        try
        {
            tracked = await services.Workflow.RegisterAsync(registration, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or Polly.CircuitBreaker.BrokenCircuitException
                                       or Polly.Timeout.TimeoutRejectedException)
        {
            // The provider has the document (or refused it) but we could not record that yet:
            // keep the registration durably and answer; the replayer records it shortly.
            await services.Outbox.SaveAsync(registration, CancellationToken.None);
            LogRegistrationDeferred(services.Logger, id, provider, outcome.ProviderRequestId, ex.GetType().Name);
        }

        if (!outcome.Accepted) return UpstreamFailure(outcome);

        var view = tracked is not null
            ? DocumentUploadView.From(tracked)
            : new DocumentUploadView(id, claimId, provider, outcome.ProviderRequestId, upload.DocumentType, upload.FileName,
                upload.TrackedItemIds, DocumentStatuses.Submitted, null, null, services.Time.GetUtcNow(),
                services.Time.GetUtcNow(), null, []);
        return TypedResults.Created($"/v0/document_uploads/{id}", view);
    }

    public static async Task<IResult> GetAsync(Guid id, HttpContext context, WorkflowClient workflow,
        CancellationToken cancellationToken)
    {
        if (context.User.ParticipantId() is not { Length: > 0 } participantId) return NoParticipant();
        var document = await workflow.GetAsync(id, cancellationToken);
        // Someone else's document answers exactly like a missing one: its existence is not ours to reveal.
        if (document is null || document.ParticipantId != participantId)
        {
            return ApiErrors.Create(404, ApiErrors.DocumentNotFound, "Not found", "We can't find that document.");
        }
        return TypedResults.Ok(DocumentUploadView.From(document));
    }

    public static async Task<IResult> ListAsync(string claimId, HttpContext context, WorkflowClient workflow,
        CancellationToken cancellationToken)
    {
        if (context.User.ParticipantId() is not { Length: > 0 } participantId) return NoParticipant();
        var documents = await workflow.ListForClaimAsync(participantId, claimId, cancellationToken);
        return TypedResults.Ok(new { data = documents.Select(DocumentUploadView.From).ToList() });
    }

    private static IResult UpstreamFailure(ProviderUploadOutcome outcome)
    {
        if (outcome.StatusCode is >= 400 and < 500 && outcome.Error?.Code is ProviderError.UpstreamRejected or ProviderError.InvalidRequest)
        {
            return ApiErrors.Create(422, ApiErrors.UpstreamRejected, "Document not accepted",
                $"The VA system that receives documents did not accept this file: {outcome.Error.Detail}");
        }
        var status = outcome.StatusCode is 502 or 503 or 504 ? outcome.StatusCode : 502;
        return ApiErrors.Create(status, ApiErrors.UpstreamUnavailable, "Service unavailable",
            "We couldn't send your document to VA right now. Nothing was submitted. Please try again later.");
    }

    private static IResult NoParticipant() => ApiErrors.Create(403, "FORBIDDEN", "Forbidden",
        "Your sign-in does not identify a veteran, so you can't upload documents.");

    [LoggerMessage(Level = LogLevel.Error,
        Message = "Could not register document {DocumentId} ({Provider} request {ProviderRequestId}) with document-workflow ({Reason}); kept in the outbox for retry")]
    private static partial void LogRegistrationDeferred(ILogger logger, Guid documentId, string provider, string? providerRequestId, string reason);
}
