using DocumentUploads.Contracts.Providers;
using DocumentUploads.Contracts.Workflow;
using DocumentUploads.ServiceAuth;
using DocumentUploads.UploadApi.Idempotency;
using DocumentUploads.UploadApi.Routing;
using DocumentUploads.UploadApi.Uploads;

namespace DocumentUploads.UploadApi.Api;

/// <summary>The public document API: upload to a claim, read one document, list a claim's documents.</summary>
public static class BenefitsDocumentsApi
{
    public const string UploadRoute = "/v0/benefits_claims/{claimId}/benefits_documents";
    public const string DocumentRoute = "/v0/document_uploads/{id}";
    public const string ProviderIdQuery = "provider_id";
    public const string ProviderIdHeader = "X-Provider-ID";

    public static IEndpointRouteBuilder MapBenefitsDocumentsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("").RequireAuthorization(AuthPolicies.User);
        api.MapPost(UploadRoute, UploadAsync).DisableAntiforgery();
        api.MapGet(UploadRoute, ListAsync).AddEndpointFilter<WorkflowUnavailableFilter>().Produces<DocumentListView>();
        api.MapGet(DocumentRoute, GetAsync).AddEndpointFilter<WorkflowUnavailableFilter>();
        return app;
    }

    /// <summary>Validate, (replay a keyed retry,) route, send to the one provider, record. Nothing is
    /// sent before every rule passes; whatever the provider says is recorded, never hidden.</summary>
    public static async Task<IResult> UploadAsync(string claimId, HttpContext context, [AsParameters] UploadServices services,
        CancellationToken cancellationToken)
    {
        if (context.User.ParticipantId() is not { Length: > 0 } participantId) return NoParticipant();
        if (!IdempotencyKeyHeader.TryRead(context.Request.Headers, out var idempotencyKey)) return IdempotencyAnswers.InvalidKey();
        var (form, formError) = await UploadFormReader.ReadAsync(context.Request, cancellationToken);
        if (formError is not null) return formError;
        var (upload, error) = await UploadRequestParser.ParseAsync(claimId, participantId, form!, services.Logger, cancellationToken);
        if (error is not null) return error;
        await using var validatedUpload = upload; // deletes an unlocked PDF copy when the request ends
        if (await services.Scanner.RefuseIfUnsafeAsync(upload!, cancellationToken) is { } unsafeFile) return unsafeFile;

        var id = Guid.CreateVersion7(services.Time.GetUtcNow());
        var key = idempotencyKey is null ? null : new KeyedAttempt(participantId, idempotencyKey, id);
        if (key is not null)
        {
            // A retry is recognised before routing, so its answer does not depend on today's flags.
            string fingerprint;
            await using (var original = form!.Files["file"]!.OpenReadStream()) // the file as sent, not an unlocked copy
            {
                fingerprint = await UploadFingerprint.ComputeAsync(claimId, upload!.DocumentType, upload.FileName,
                    upload.TrackedItemIds, original, cancellationToken);
            }
            var check = await services.Idempotency.BeginAsync(participantId, key.Key, fingerprint, id, cancellationToken);
            if (IdempotencyAnswers.For(check) is { } answer) return answer;
        }

        var route = await services.Router.RouteAsync(claimId, participantId, RequestedProviderId(context), cancellationToken);
        if (route is not RouteOutcome.To(var provider, _))
        {
            await ReleaseAsync(services, key);
            return RoutingRefusal(route);
        }

        // The provider checks that the claim is the participant's inside its upload, where it can tell.
        var outcome = await services.Providers.UploadAsync(provider, upload!, cancellationToken);
        if (outcome.ClaimNotOwned)
        {
            await ReleaseAsync(services, key);
            return NotYourClaim();
        }
        // Registration settles the key too: completed when the provider took the document, released (the same key
        // may try again) when it did not; an outbox replay settles it when it delivers.
        var registration = new RegisterDocumentRequest(provider, outcome.ProviderRequestId, claimId, participantId,
            upload!.DocumentType, upload.FileName, upload.TrackedItemIds,
            outcome.Accepted ? null : $"{outcome.Error!.Code}: {outcome.Error.Detail}", id, IdempotencyKey: key?.Key);
        var tracked = await services.Registrar.RegisterOrDeferAsync(registration, cancellationToken);
        if (!outcome.Accepted) return UpstreamFailure(outcome);

        var now = services.Time.GetUtcNow();
        var view = tracked is not null ? DocumentUploadView.From(tracked) : DocumentUploadView.Deferred(id, registration, now);
        return TypedResults.Created($"/v0/document_uploads/{id}", view);
    }

    private static Task ReleaseAsync(UploadServices services, KeyedAttempt? key) =>
        key is null ? Task.CompletedTask : services.Idempotency.ReleaseAsync(key.ParticipantId, key.Key, key.DocumentId);

    private sealed record KeyedAttempt(string ParticipantId, string Key, Guid DocumentId);

    public static async Task<IResult> GetAsync(Guid id, HttpContext context, WorkflowClient workflow, RegistrationOutbox outbox,
        CancellationToken cancellationToken)
    {
        if (context.User.ParticipantId() is not { Length: > 0 } participantId) return NoParticipant();
        var document = await workflow.GetAsync(id, cancellationToken);
        if (document is not null && document.ParticipantId == participantId) return TypedResults.Ok(DocumentUploadView.From(document));
        // Accepted while document-workflow could not take it: the 201 promised it exists.
        if (document is null && outbox.Find(id) is { } kept && kept.Registration.ParticipantId == participantId)
        {
            return TypedResults.Ok(DocumentUploadView.Deferred(id, kept.Registration, kept.KeptAt));
        }
        // Someone else's document answers exactly like a missing one: its existence is not ours to reveal.
        return ApiErrors.Create(404, ApiErrors.DocumentNotFound, "Not found", "We can't find that document.");
    }

    /// <param name="limit">Documents per page: 1 to 200, 50 when absent.</param>
    /// <param name="cursor">The previous page's <c>nextCursor</c>; absent for the newest page.</param>
    public static async Task<IResult> ListAsync(string claimId, string? limit, string? cursor, HttpContext context,
        WorkflowClient workflow, RegistrationOutbox outbox, CancellationToken cancellationToken)
    {
        if (context.User.ParticipantId() is not { Length: > 0 } participantId) return NoParticipant();
        // Read as text so "abc" gets this answer too, not the framework's empty 400.
        var size = DocumentPaging.DefaultLimit;
        if (limit is not null && (!int.TryParse(limit, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out size)
                                  || size is < 1 or > DocumentPaging.MaxLimit))
        {
            return ApiErrors.BadRequest(ApiErrors.InvalidLimit, $"limit must be a whole number from 1 to {DocumentPaging.MaxLimit}.");
        }
        long? before = null;
        if (cursor is not null)
        {
            if (!DocumentListCursor.TryDecode(cursor, out var decoded))
            {
                return ApiErrors.BadRequest(ApiErrors.InvalidCursor, "This page link isn't valid. Start again from the first page.");
            }
            before = decoded;
        }
        var page = await workflow.ListForClaimAsync(participantId, claimId, size, before, cancellationToken);
        var views = page.Items.Select(DocumentUploadView.From).ToList();
        if (before is null)
        {
            // Still in the outbox (only while document-workflow was unreachable): shown first, as the upload answered
            // them, on the newest page only, so that page may run a little over the limit.
            var known = views.Select(v => v.Id).ToHashSet();
            var deferred = outbox.Pending()
                .Where(e => e.Registration is { Id: { } id } r && r.ParticipantId == participantId && r.ClaimId == claimId && !known.Contains(id))
                .Select(e => DocumentUploadView.Deferred(e.Registration!.Id!.Value, e.Registration, File.GetLastWriteTimeUtc(e.Path)))
                .OrderByDescending(v => v.CreatedAt);
            views = [.. deferred, .. views];
        }
        return TypedResults.Ok(new DocumentListView(views, page.NextBefore is { } next ? DocumentListCursor.Encode(next) : null));
    }

    /// <summary>The ADR's frontend sends the provider as a query parameter; the header is the alternative it names.</summary>
    private static string? RequestedProviderId(HttpContext context) =>
        context.Request.Query.TryGetValue(ProviderIdQuery, out var query) ? query.ToString()
        : context.Request.Headers.TryGetValue(ProviderIdHeader, out var header) ? header.ToString()
        : null;

    private static IResult RoutingRefusal(RouteOutcome route) => route switch
    {
        // The frontend matches on detail == "INVALID_PROVIDER"; the title carries the sentence.
        RouteOutcome.Refused { Decision: RoutingDecision.InvalidProvider } => ApiErrors.Create(400, ApiErrors.InvalidProvider,
            "The system named for this upload doesn't exist. Reload the page and try again.", ApiErrors.InvalidProvider),
        RouteOutcome.Refused => ApiErrors.Create(503, ApiErrors.ProviderUnavailable, "Service unavailable",
            "We can't accept documents for this claim online right now. Nothing was submitted. Please try again later."),
        RouteOutcome.NotYourClaim => NotYourClaim(),
        _ => ApiErrors.Create(503, ApiErrors.UpstreamUnavailable, "Service unavailable",
            "We couldn't check your claim right now. Nothing was submitted. Please try again later."),
    };

    private static IResult UpstreamFailure(ProviderUploadOutcome outcome) => outcome.Rejected
        ? ApiErrors.Create(422, ApiErrors.UpstreamRejected, "Document not accepted",
            $"The VA system that receives documents did not accept this file: {outcome.Error!.Detail}")
        : ApiErrors.Create(outcome.UnavailableStatus, ApiErrors.UpstreamUnavailable, "Service unavailable",
            "We couldn't send your document to VA right now. Nothing was submitted. Please try again later.");

    private static IResult NotYourClaim() => ApiErrors.Create(403, "FORBIDDEN", "Forbidden",
        "You can only upload documents to your own claims.");

    private static IResult NoParticipant() => ApiErrors.Create(403, "FORBIDDEN", "Forbidden",
        "Your sign-in does not identify a veteran, so you can't upload documents.");
}
